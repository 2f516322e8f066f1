/// The seed plan's rubric source, compiled into the binary at build time.
public enum SeedRubric {
    /// The YAML text of `Templates/rubrics/seed.yaml`.
    public static var yaml: String { EmbeddedResources.seedRubric }
}
