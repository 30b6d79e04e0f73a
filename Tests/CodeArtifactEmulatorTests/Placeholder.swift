// Placeholder; tests land with the target's issue.
