/// Words that keep their final period as part of the token.
///
/// A fact list, not rules: titles, months, company suffixes, Latin shorthands and AP state names.
enum Abbreviations {
  static let standard: Set<String> = [
    // Titles and honorifics.
    "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Dr.", "Drs.", "Prof.", "Profs.", "Rev.", "Fr.", "Msgr.", "Hon.",
    "Gen.", "Gens.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Brig.", "Sgt.", "Cpl.", "Pvt.", "Spc.",
    "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Lt.Gov.", "Pres.", "Supt.", "Insp.", "Det.", "Atty.", "Amb.",
    "Jr.", "Sr.", "Esq.", "St.", "Ste.", "Mt.", "Ft.", "Sec.",
    // Companies and organisations.
    "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Cos.", "Assn.", "Dept.", "Univ.", "Intl.", "Plc.", "L.L.C.",
    // Places.
    "Ave.", "Blvd.", "Rd.", "Hwy.", "Sq.",
    // Months (May, June and July are never shortened).
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    // References and shorthands.
    "No.", "Nos.", "Vol.", "vol.", "Vols.", "pp.", "p.", "ch.", "Ch.", "Fig.", "fig.", "Figs.", "Art.", "art.",
    "vs.", "v.", "etc.", "approx.", "cf.", "al.", "ca.", "est.", "Est.", "min.", "max.", "govt.", "Govt.",
    "e.g.", "i.e.", "a.m.", "p.m.",
    // U.S. states in AP style, where the short form is not also a word.
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Fla.", "Ga.", "Kan.", "Ky.", "Md.", "Mass.",
    "Mich.", "Minn.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Vt.", "Va.", "Wis.",
    "Wyo.",
  ]

  /// Abbreviations that are also ordinary words ending a sentence unless a number follows ("No. 5").
  static let onlyBeforeNumber: Set<String> = ["No.", "Nos.", "Art.", "art.", "min.", "max.", "est.", "Est."]
}
