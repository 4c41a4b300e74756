/// Word lists for quote attribution: facts about how news reports speech.
enum QuoteLexicon {
  /// Reporting verbs in every inflection.
  static let cues: Set<String> = {
    let lemmas: [(String, [String])] = [
      ("say", ["says", "said", "saying"]), ("tell", ["tells", "told", "telling"]), ("add", ["adds", "added", "adding"]),
      ("warn", ["warns", "warned", "warning"]), ("insist", ["insists", "insisted", "insisting"]),
      ("note", ["notes", "noted", "noting"]), ("stress", ["stresses", "stressed", "stressing"]),
      ("explain", ["explains", "explained", "explaining"]), ("argue", ["argues", "argued", "arguing"]),
      ("claim", ["claims", "claimed", "claiming"]), ("announce", ["announces", "announced", "announcing"]),
      ("confirm", ["confirms", "confirmed", "confirming"]), ("deny", ["denies", "denied", "denying"]),
      ("ask", ["asks", "asked", "asking"]), ("write", ["writes", "wrote", "written", "writing"]),
      ("tweet", ["tweets", "tweeted", "tweeting"]), ("post", ["posts", "posted"]),
      ("acknowledge", ["acknowledges", "acknowledged"]), ("admit", ["admits", "admitted"]),
      ("suggest", ["suggests", "suggested"]), ("reply", ["replies", "replied"]), ("respond", ["responds", "responded"]),
      ("state", ["states", "stated"]), ("declare", ["declares", "declared"]), ("assert", ["asserts", "asserted"]),
      ("contend", ["contends", "contended"]), ("maintain", ["maintains", "maintained"]),
      ("predict", ["predicts", "predicted"]), ("testify", ["testifies", "testified"]), ("recall", ["recalls", "recalled"]),
      ("call", ["calls", "called"]), ("describe", ["describes", "described"]), ("offer", ["offers", "offered"]),
      ("urge", ["urges", "urged"]), ("vow", ["vows", "vowed"]), ("promise", ["promises", "promised"]),
      ("complain", ["complains", "complained"]), ("report", ["reports", "reported"]), ("believe", ["believes", "believed"]),
      ("estimate", ["estimates", "estimated"]), ("reveal", ["reveals", "revealed"]), ("concede", ["concedes", "conceded"]),
      ("agree", ["agrees", "agreed"]), ("allege", ["alleges", "alleged"]), ("accuse", ["accuses", "accused"]),
      ("emphasize", ["emphasizes", "emphasized"]), ("emphasise", ["emphasises", "emphasised"]),
      ("shout", ["shouts", "shouted"]), ("joke", ["jokes", "joked"]), ("continue", ["continues", "continued"]),
      ("observe", ["observes", "observed"]), ("remark", ["remarks", "remarked"]), ("reiterate", ["reiterates", "reiterated"]),
      ("caution", ["cautions", "cautioned"]), ("indicate", ["indicates", "indicated"]), ("boast", ["boasts", "boasted"]),
    ]
    // Verbs whose base form is more often a noun ("the project", "a signal"): inflections only.
    let inflectedOnly = ["projected", "signalled", "signaled", "hinted", "forecasted"]
    return Set(lemmas.flatMap { [$0.0] + $0.1 } + inflectedOnly)
  }()

  /// Cues that take a person as object before the reported clause ("told reporters that").
  static let objectTakingCues: Set<String> = ["tell", "tells", "told", "telling", "warn", "warns", "warned", "remind", "reminded", "assure", "assured", "ask", "asked", "urged", "urge"]

  /// Possessive tokens: "’s" and "'s", and the bare apostrophe of a plural ("nurses’").
  static let possessiveMarks: Set<String> = ["’s", "'s", "’", "'"]

  /// The possessive "’s" alone.
  static let possessiveEndings: Set<String> = ["’s", "'s"]

  /// Words that negate a cue: "have not said how".
  static let negations: Set<String> = ["not", "n't", "n’t", "never", "declined", "refused", "decline", "refuse", "without"]

  /// Personal pronouns that can speak, with their gender.
  static let pronouns: [String: Character] = ["he": "M", "she": "F", "He": "M", "She": "F"]

  /// Nominal sources: nouns that name a speaker without a name ("officials", "the ministry").
  static let nominalHeads: Set<String> = [
    "officials", "official", "spokesman", "spokeswoman", "spokesperson", "ministry", "department", "company",
    "analysts", "analyst", "experts", "police", "authorities", "government", "administration", "agency",
    "statement", "sources", "source", "aides", "aide", "diplomats", "diplomat", "researchers", "scientists",
    "lawyers", "lawyer", "prosecutors", "critics", "residents", "witnesses", "union", "council", "board",
    "court", "committee", "campaign", "team", "club", "firm", "group", "organization", "organisation", "report",
    "study", "survey", "economists", "leaders", "commission", "office", "spokespeople", "representatives",
    "owner", "owners", "groups", "organizers", "organisers", "campaigners", "activists", "investigators",
    "association", "institute", "society", "foundation", "authors", "forecasters", "neighbours", "neighbors",
    "passengers", "parents", "teachers", "doctors", "nurses", "workers", "employees", "members", "fans",
    "shoppers", "travellers", "travelers", "planners", "documents", "records", "filings",
    "airline", "carrier", "bank", "developer", "retailer", "insurer", "regulator", "watchdog",
    "broadcaster", "publisher", "manufacturer", "maker", "operator", "chain", "charity", "hospital", "university",
    "school", "prosecutor", "judge", "coroner", "mayor", "minister", "ministers", "senators",
    "lawmakers", "legislators", "voters", "families", "victims", "farmers", "students", "staff",
    "observers", "insiders", "executives", "managers", "bosses", "unions", "mps", "councillors",
    "commissioner", "spokespersons", "authority", "critic", "reviewers", "opponents", "supporters", "protesters",
    "demonstrators", "advocates", "backers", "allies", "rivals", "scholars", "historians", "officers",
    "firefighters", "paramedics", "rescuers", "engineers", "inspectors", "auditors", "regulators", "donors",
    "investors", "traders", "consumers", "customers", "patients", "pupils", "commuters", "tenants", "landlords",
    "drivers", "pilots", "crew", "players", "coaches", "users", "citizens", "villagers", "locals", "survivors",
    "examiner", "clerk", "sheriff", "auditor", "inspector", "ombudsman",
  ]

  /// Nominal heads that name a business or club, which "the club" or "the airline" can refer back to.
  static let organizationHeads: Set<String> = [
    "company", "club", "airline", "firm", "carrier", "bank", "developer", "retailer", "insurer", "broadcaster",
    "publisher", "manufacturer", "maker", "operator", "chain", "group", "team", "side", "charity", "business",
    "startup", "lender", "supermarket", "brand", "studio", "label",
  ]

  /// Nominal sources that are institutions or documents, never a person's role.
  static let institutionHeads: Set<String> = organizationHeads.union([
    "agency", "ministry", "department", "council", "commission", "government", "administration", "office", "police",
    "court", "committee", "union", "board", "authority", "regulator", "watchdog", "association", "institute",
    "society", "foundation", "report", "study", "survey", "statement", "documents", "records", "filings", "campaign",
  ])

  /// Verbs a reported clause without "that" needs: a clause has a finite verb ("admitted the
  /// players had let him down"), a bare object does not ("admitted the charges").
  static let finiteMarkers: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
    "must", "did", "does", "do", "shall", "'s", "’s", "'re", "’re", "'d", "’d", "'ll", "’ll",
  ]
}
