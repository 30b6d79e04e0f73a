/// Placeholder until the engine lands (issue 5).
enum PruneEnginePlaceholder {}
