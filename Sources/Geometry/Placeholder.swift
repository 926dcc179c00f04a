/// Plane and solid geometry in millimetres: points, rounded boxes and exact signed distances.
public enum GeometryModule {}
