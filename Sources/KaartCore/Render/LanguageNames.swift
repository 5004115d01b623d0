/// Dutch names of the languages editors list as ISO 639-1 codes.
enum LanguageNames {
    private static let names = [
        "nl": "Nederlands", "en": "Engels", "de": "Duits", "fr": "Frans", "tr": "Turks", "ar": "Arabisch",
        "pl": "Pools", "uk": "Oekraïens", "ru": "Russisch", "es": "Spaans", "pap": "Papiaments", "so": "Somalisch",
        "ti": "Tigrinya", "fy": "Fries", "zgh": "Tamazight", "ber": "Berbers", "bg": "Bulgaars", "ro": "Roemeens",
        "pt": "Portugees", "it": "Italiaans", "fa": "Perzisch", "ps": "Pasjtoe", "zh": "Chinees", "hi": "Hindi",
        "sr": "Servisch", "hr": "Kroatisch", "bs": "Bosnisch", "ku": "Koerdisch", "am": "Amhaars", "dar": "Dari",
        "ngt": "Nederlandse Gebarentaal", "sgn": "Gebarentaal",
    ]

    static func dutchName(_ code: String) -> String { names[code.lowercased()] ?? code }
}
