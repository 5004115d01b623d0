import Foundation

/// Why the site could not be written. The previous site is untouched in every case.
public enum SiteWriteError: Error, Sendable, CustomStringConvertible {
    case notADirectory(String)
    case notWritable(String)
    case systemError(path: String, errno: Int32)

    public var description: String {
        let untouched = "De vorige versie van de site is niet veranderd."
        switch self {
        case .notADirectory(let path):
            return "'\(path)' is een bestand, geen map. Kies een andere uitvoermap. \(untouched)"
        case .notWritable(let path):
            return "Er mag niet geschreven worden in '\(path)'. Controleer de rechten van de map. \(untouched)"
        case .systemError(let path, ENOSPC), .systemError(let path, EDQUOT):
            return "De schijf is vol bij het schrijven van '\(path)'. Maak ruimte vrij en bouw opnieuw. \(untouched)"
        case .systemError(let path, EROFS), .systemError(let path, EACCES), .systemError(let path, EPERM):
            return "Er mag niet geschreven worden in '\(path)'. Controleer de rechten van de map. \(untouched)"
        case .systemError(let path, let code):
            return "Schrijven naar '\(path)' is mislukt: \(String(cString: strerror(code))). \(untouched)"
        }
    }
}
