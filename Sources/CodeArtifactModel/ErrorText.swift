import Foundation

/// Joins prune's words with a message from elsewhere (the service, the transport) into one
/// sentence without seams: no doubled period, and no clause said twice.
public enum ErrorText {
    /// `text` without surrounding whitespace and without the trailing period a service
    /// message ends with (prune adds its own punctuation after it).
    public static func clause(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while result.hasSuffix(".") && !result.hasSuffix("...") { result.removeLast() }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// `lead` followed by `message` where the message adds something: when the message only
    /// says what `lead` says it is left out, and when it says it and more it replaces `lead`.
    public static func join(_ lead: String, _ message: String?) -> String {
        guard let message, case let said = clause(message), !said.isEmpty else { return lead }
        let ownWords = lead.lowercased()
        let theirs = said.lowercased()
        if ownWords.contains(theirs) { return lead }
        if theirs.contains(ownWords) { return lowercasingFirst(said) }
        return lead + ": " + said
    }

    /// "Repository 'x' ..." → "repository 'x' ...", leaving acronyms ("TLS", "HTTP") alone.
    static func lowercasingFirst(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else { return text }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}
