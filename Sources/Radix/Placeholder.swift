public enum RadixModule {}
