/// Placeholder until the inventory model lands (issue 4).
enum InventoryPlaceholder {}
