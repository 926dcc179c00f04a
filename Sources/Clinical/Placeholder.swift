public enum ClinicalModule {}
