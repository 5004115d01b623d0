/// Word lists used to tell names from ordinary words after a form of address.
enum NameLexicon {
    /// Forms of address and titles (lower case, without the abbreviation dot).
    /// "heer" only counts after "de"/"den" and is handled separately.
    static let titles: Set<String> = [
        "mevrouw", "mevr", "mw", "mvr", "mej", "mejuffrouw", "juffrouw", "meneer", "mnr", "dhr",
        "dokter", "dr", "drs", "mr", "prof", "zuster", "familie", "fam",
        // Roles: a professional named in a case is personal data too.
        "juf", "meester", "dominee", "pastoor", "notaris", "huisarts", "wethouder", "burgemeester",
        "casusregisseur", "consulent", "consulente", "begeleider", "begeleidster", "wijkverpleegkundige",
    ]

    /// Family and other relations: "haar dochter Sanne", "zijn buurman Piet". A capitalised word
    /// right after one of these is almost always a first name.
    static let relations: Set<String> = [
        "dochter", "zoon", "man", "vrouw", "echtgenoot", "echtgenote", "partner", "broer", "zus", "zuster",
        "moeder", "vader", "buurman", "buurvrouw", "kleinzoon", "kleindochter", "oma", "opa", "tante", "oom",
        "neef", "nicht", "schoonzoon", "schoondochter", "vriend", "vriendin", "kind", "kleinkind",
    ]

    /// Name particles ("tussenvoegsels"). "in" and "op" are left out: "mevrouw in Leiden" is no name.
    static let particles: Set<String> = [
        "de", "den", "der", "van", "von", "vander", "te", "ten", "ter", "el", "al", "la", "le", "du",
        "da", "di", "dos", "del", "bin", "ben", "ibn", "abu", "'t",
    ]

    /// Words that never are a name, even with a capital (a sentence may start right after "mevrouw X.").
    /// This keeps the check sane when the word list is missing.
    static let functionWords: Set<String> = [
        "de", "het", "een", "en", "of", "maar", "want", "dus", "als", "dan", "die", "dat", "deze", "dit",
        "hij", "zij", "ze", "wij", "we", "jij", "je", "u", "ik", "hun", "hen", "haar", "zijn", "is",
        "was", "heeft", "had", "wordt", "werd", "kan", "kon", "wil", "wilde", "gaat", "ging", "komt",
        "kwam", "vertelt", "vindt", "zegt", "woont", "krijgt", "kreeg", "er", "daar", "hier", "nu",
        "toen", "ook", "nog", "niet", "wel", "zelf", "alleen", "samen", "met", "in", "op", "aan", "bij",
        "voor", "na", "uit", "over", "naar", "om", "tot", "door", "zonder", "wat", "wie", "waar",
        "hoe", "waarom", "welke", "sinds", "vanaf", "tijdens", "omdat", "terwijl", "nadat", "zodat",
    ]

    /// Care acronyms and terms that are capitalised but are no names ("de consulent Wmo").
    static let careTerms: Set<String> = [
        "wmo", "wlz", "zvw", "ggz", "cjg", "zrm", "awbz", "uwv", "svb", "cak", "mee", "vng", "sociaal",
        "wijkteam", "jeugdwet", "participatiewet", "ggd", "nah",
    ]

    /// Surnames that are also ordinary Dutch words. After a title they count as names even if the
    /// dictionary has them in lower case (the list has "bakker" as a trade and as a surname).
    static let surnamesThatAreWords: Set<String> = [
        "bakker", "visser", "smit", "smits", "mulder", "boer", "bos", "vos", "dekker", "brouwer", "koster",
        "kok", "molenaar", "schouten", "berg", "dijk", "wit", "groot", "jong", "haan", "graaf", "kuiper",
        "veen", "zwart", "wolf", "hoek", "koning", "post", "prins", "leeuw", "klein", "kramer",
        "timmerman", "schipper", "bosch", "boon", "mol", "smid", "brink", "vries", "meer", "beek",
        "linden", "heuvel", "bruin", "bruijn", "lange", "wal", "wijk", "ven", "velde", "vliet", "horst",
        "kamp", "vink", "valk", "haas", "vogel", "hertog", "keizer", "ridder", "schaap", "steen",
        "blok", "kroon", "snel", "pot", "hof", "winter", "zomer", "kort", "lang", "koopman", "schilder",
        "slager", "wever", "bouwman", "veldman", "bosman", "dam", "linde", "kerk", "roos", "held",
        "goud", "zilver", "kaas", "bruggen", "water", "meijer", "meyer", "baas", "hoogland",
        "rijn", "veld", "poel", "akker", "brug", "haven", "toren", "spijker", "ham", "engel", "paus",
    ]

    /// First names that are also ordinary words ("Anja (52)" style mentions).
    static let firstNamesThatAreWords: Set<String> = [
        "jan", "roos", "iris", "kees", "piet", "mark", "bob", "eva", "hanna", "lotte", "vera", "daan",
        "bram", "tim", "sanne", "fleur", "jasmijn", "lily", "ruben", "klaas", "gijs", "noor", "sterre",
        "dirk", "hein", "tom", "hans", "frank", "willem", "wim", "ria", "marie", "rosa", "jade", "esther",
    ]
}
