public enum CompressionModule {}
