/// Reads spreadsheet CSV text (RFC 4180): fields separated by `;` or `,`, optionally in double
/// quotes, with `""` for a quote and line breaks allowed inside quoted fields.
public enum CSVReader {
    /// The separator spreadsheet programs use: Dutch Excel writes `;`, most others `,`.
    /// Decided by which one occurs more often in the header line.
    public static func detectSeparator(in text: String) -> Unicode.Scalar {
        let header = text.prefix { $0 != "\n" && $0 != "\r" }
        let semicolons = header.filter { $0 == ";" }.count
        let commas = header.filter { $0 == "," }.count
        return semicolons > commas ? ";" : ","
    }

    /// The records of `text`, each a list of fields; line endings may be `\n` or `\r\n`.
    /// A record without any text (an empty line) is kept, so record numbers match rows.
    public static func records(in text: String, separator: Unicode.Scalar) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else if scalar == "\r" {
                    field.unicodeScalars.append("\n")
                    if pending == "\n" { pending = scalars.next() }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
            case separator:
                record.append(field)
                field = ""
            case "\r", "\n":
                if scalar == "\r", pending == "\n" { pending = scalars.next() }
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
