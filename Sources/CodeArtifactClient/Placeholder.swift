/// Placeholder until the client lands (issue 3).
enum CodeArtifactClientPlaceholder {}
