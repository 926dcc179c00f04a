public enum ReportModule {}
