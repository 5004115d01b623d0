extension FixtureSite {
    /// The smallest valid site with one entry of each kind; tests replace files to plant one defect.
    static let minimal = """
    -- site.yml --
    titel: Sociale kaart Testdorp
    basis_url: https://kaart.example.nl
    gemeenten: [Testdorp, Buurdorp]
    provincie: Utrecht
    beheerder:
      naam: Redactie
      email: redactie@example.nl
      telefoon: "030 123 45 67"
    startvragen:
      - vraag: Ik zorg voor iemand en wil even op adem komen
        uitleg: Iemand neemt de zorg even van u over.
        link: /mantelzorg/
    -- taxonomie.yml --
    categorie:
      respijtzorg: Respijtzorg en logeerzorg
      inloop: Inloop en ontmoeting
      mantelzorgondersteuning: Steun voor mantelzorgers
    doelgroepen:
      inwoners: Alle inwoners
      mantelzorgers: Mantelzorgers
      dementie: Mensen met dementie
    resultaatgebieden:
      regie: Regie over het eigen leven
      mantelzorgondersteuning: Ondersteuning van de mantelzorger
    thema:
      dementie: Dementie
      mantelzorg: Mantelzorg
    soort:
      wmo-loket: Wmo-loket
      mantelzorgcentrum: Mantelzorgcentrum
    vragen_over:
      zorg: Zorg
      welzijn: Welzijn
    arrangement:
      kort-herstel: Kort herstel
      enkel-resultaatgebied: Ondersteuning op een enkel resultaatgebied
      herstel-groei-stabilisatie: Herstel, groei en stabilisatie
    -- voorzieningen/logeerhuis.md --
    ---
    titel: Logeerhuis De Eik
    samenvatting: Uw naaste logeert een paar dagen. U kunt even op adem komen.
    categorie: respijtzorg
    gemeenten: [Testdorp]
    doelgroepen: [mantelzorgers, dementie]
    toegang: indicatie
    wet: wlz
    laatst_gecontroleerd: 2026-09-14
    contact:
      telefoon: "030 765 43 21"
      email: logeerhuis@example.nl
    locaties:
      - naam: Logeerhuis De Eik
        adres: Eiklaan 4
        postcode: 3511 AA
        plaats: Testdorp
        lat: 52.09
        lon: 5.12
    openingstijden:
      ma: ["09:00-17:00"]
      di: ["09:00-12:00", "13:00-17:00"]
      uitzonderingen:
        - datum: 2026-12-25
          gesloten: true
          toelichting: Eerste Kerstdag
    ---
    ## Wat is het?

    Een huis waar uw naaste kan **logeren**.
    -- voorzieningen/inloop.md --
    ---
    titel: Inloop Het Plein
    samenvatting: Een kop koffie en een praatje, zonder afspraak.
    categorie: inloop
    gemeenten: [Testdorp, landelijk]
    doelgroepen: [inwoners]
    toegang: vrij
    gratis: true
    kosten: Gratis
    laatst_gecontroleerd: 2026-10-01
    locaties: []
    ---
    Kom langs.
    -- lotgenotengroepen/dementiecafe.md --
    ---
    titel: Dementiecafé Testdorp
    samenvatting: Een avond voor mensen met dementie en hun naasten.
    thema: dementie
    gemeenten: [Testdorp]
    doelgroepen: [dementie, mantelzorgers]
    laatst_gecontroleerd: 2026-10-20
    bijeenkomsten:
      rrule: "FREQ=MONTHLY;BYDAY=2TU"
      begin: "19:30"
      eind: "21:30"
      vanaf: 2026-01-13
      uitgezonderd: [2026-12-08]
    locaties:
      - naam: Buurthuis
        adres: Dorpsstraat 1
        postcode: 3511 AB
        plaats: Testdorp
    ---
    Elke maand een onderwerp.
    -- loketten/wmo-loket.md --
    ---
    titel: Wmo-loket Testdorp
    samenvatting: Voor vragen over hulp thuis, vervoer en hulpmiddelen.
    soort: wmo-loket
    vragen_over: [zorg, welzijn]
    gemeenten: [Testdorp, Buurdorp]
    doelgroepen: [inwoners]
    laatst_gecontroleerd: 2026-11-01
    spreekuren:
      ma: ["09:00-12:00"]
    ---
    Bel of kom langs.
    -- casussen/na-een-beroerte.md --
    ---
    titel: Na een beroerte
    samenvatting: De heer X kreeg een beroerte. Zijn vrouw kreeg ruimte om op adem te komen.
    arrangement: herstel-groei-stabilisatie
    resultaatgebieden: [regie, mantelzorgondersteuning]
    voorzieningen: [logeerhuis, dementiecafe]
    doelen: [Mevrouw Y kan weer een dag per week voor zichzelf zorgen.]
    laatst_gecontroleerd: 2026-08-01
    ---
    De heer X is 74 jaar. Mevrouw Y zorgt voor hem.
    """
}
