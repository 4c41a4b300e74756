/// Word lists the entity recognizer consults: facts about how news prose names things.
enum EntityLexicon {
  /// Titles written before a name; they are outside the PERSON span ("President [Biden]").
  static let titles: Set<String> = [
    "President", "Vice", "Prime", "Minister", "Secretary", "Senator", "Sen.", "Representative", "Rep.",
    "Governor", "Gov.", "Lt.", "Mayor", "Judge", "Justice", "Sheriff", "Chief", "General", "Gen.", "Colonel",
    "Col.", "Admiral", "Adm.", "Captain", "Capt.", "Major", "Maj.", "Sergeant", "Sgt.", "Lieutenant", "Commander",
    "Cmdr.", "Dr.", "Doctor", "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Professor",
    "Rev.", "Reverend", "Father", "Pope", "King", "Queen", "Prince", "Princess", "Sir", "Dame", "Lord", "Lady",
    "Chancellor", "Ambassador", "Councilmember", "Councilman", "Councilwoman", "Councillor", "Councilor",
    "Commissioner", "Superintendent", "Supt.", "Director", "Chairman", "Chairwoman", "Chair", "Speaker",
    "Leader", "Coach", "Manager", "Officer", "Deputy", "Detective", "Det.", "Inspector", "Attorney", "Atty.",
    "Pres.", "Sec.", "Messrs.", "Trooper", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Ayatollah",
    "Sheikh", "Emir", "Crown", "Premier", "President-elect", "Assemblyman", "Assemblywoman", "Alderman",
    "Selectman", "Constable", "Marshal", "Warden", "Dean", "Principal", "Pastor", "Nurse", "MP", "MPs",
    "MEP", "MSP", "Congressman", "Congresswoman",
  ]

  /// Lower-case roles before a name ("press secretary Jen Psaki", "substitute Jordan Mbeki").
  static let roles: Set<String> = [
    "president", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "director", "chief",
    "officer", "executive", "manager", "boss", "captain", "coach", "substitute", "striker", "midfielder",
    "defender", "goalkeeper", "player", "councillor", "councilor", "councilmember", "chair", "chairman",
    "chairwoman", "lawyer", "attorney", "judge", "adviser", "advisor", "diplomat", "ambassador", "senator",
    "governor", "mayor", "sheriff", "leader", "head", "founder", "cofounder", "co-founder", "student",
    "teacher", "resident", "volunteer", "organiser", "organizer", "scientist", "researcher", "astronomer",
    "astrochemist", "economist", "analyst", "rookie", "veteran", "developer", "biologist", "epidemiologist", "professor", "author", "reporter", "editor", "commuter",
    "candidate", "rival", "challenger", "incumbent", "commissioner", "superintendent", "deputy", "aide",
    "official", "strategist", "activist", "campaigner", "victim", "witness", "defendant", "plaintiff",
    "prosecutor", "detective", "inspector", "pilot", "doctor", "nurse", "surgeon", "farmer", "owner",
    "ceo", "cfo", "coo", "envoy", "premier", "chancellor", "general", "colonel", "sergeant", "pastor",
    "priest", "bishop", "rabbi", "imam", "singer", "actor", "actress", "writer", "novelist", "historian",
    "junior", "senior", "freshman", "sophomore", "mother", "father", "son", "daughter", "wife", "husband",
    "brother", "sister", "grandmother", "grandfather", "neighbour", "neighbor", "friend", "colleague",
    "counterpart", "predecessor", "successor", "astronaut", "engineer", "designer", "architect",
    "economist", "physician", "boss", "skipper", "forward", "winger", "batsman", "bowler", "jockey",
  ]

  /// Last words that make a name an organization.
  static let organizationHeads: Set<String> = [
    "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Company", "Ltd.", "Ltd", "LLC", "L.L.C.", "LLP",
    "PLC", "Plc", "plc", "AG", "SA", "GmbH", "Group", "Holdings", "Partners", "Industries", "Enterprises",
    "Foods", "Motors", "Airlines", "Airways", "Air", "Bank", "Bancorp", "Capital", "Fund", "Trust",
    "Party", "Department", "Dept.", "Ministry", "Agency", "Administration", "Council", "Committee",
    "Commission", "Court", "Tribunal", "Senate", "Assembly", "Parliament", "Congress", "Cabinet", "Office",
    "Bureau", "Service", "Services", "Authority", "Board", "Police", "Army", "Navy", "Force", "Forces",
    "Guard", "Corps", "Church", "University", "College", "School", "Academy", "Institute", "Institution",
    "Laboratory", "Labs", "Hospital", "Clinic", "Foundation", "Association", "Society", "Union", "League",
    "Federation", "Alliance", "Coalition", "Movement", "Network", "Project",
    "Organization", "Organisation", "Club", "Team", "District", "Rovers", "Wanderers", "Athletic", "FC", "Orchestra",
    "Times", "Post", "Journal", "Gazette", "Herald", "Tribune", "Chronicle", "Courier", "Ledger", "News",
    "Press", "Media", "Magazine", "Review", "Weekly", "Daily", "Telegraph", "Observer", "Register",
    "Library", "Museum", "Exchange", "Commons", "Selectmen", "Chamber", "Reserve", "Systems", "Technologies",
    "Pharmaceuticals", "Energy", "Electric", "Communications", "Entertainment", "Studios", "Records",
    "Snacks", "Brands", "Products", "Semiconductor", "Semiconductors", "Pharma", "Therapeutics", "Software",
    "Power", "Mining", "Steel", "Logistics", "Stores", "Hotels", "Resorts", "Insurance", "Centers",
    "Elementary", "Academy", "Action", "Partnership", "Caucus", "Conference", "Homes", "Properties",
    "Developments", "Builders", "Construction", "Housing", "Echo", "Argus", "Mirror", "Bulletin", "Sentinel",
    "Examiner", "Inquirer", "Dispatch",
  ]

  /// First words that make a name an organization ("University of Leeds", "Bank of England").
  static let organizationStarts: Set<String> = [
    "University", "Bank", "Department", "Ministry", "Court", "Board", "Office", "Institute", "Museum",
    "Church", "College", "Council", "Commission", "Committee", "House", "Federation", "Union", "Society",
    "League", "Association", "Order", "Academy", "Friends",
  ]

  /// Last words that make a name a facility.
  static let facilityHeads: Set<String> = [
    "Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Boulevard", "Blvd.", "Lane", "Drive", "Way", "Highway",
    "Route", "Interstate", "Bridge", "Tunnel", "Airport", "Station", "Terminal", "Port", "Harbour",
    "Square", "Plaza", "Hall", "Tower", "Towers", "Building", "Stadium", "Arena", "Field", "Park", "Garden",
    "Gardens", "Palace", "Castle", "Cathedral", "Mosque", "Temple", "Synagogue", "Prison", "Jail", "Dam",
    "Canal", "Pier", "Mall", "Market", "Theatre", "Theater", "Memorial", "Monument", "Center", "Centre",
    "Base", "Lot", "Arena",
  ]

  /// Last words that make a name a geographic location that is not a political unit.
  static let locationHeads: Set<String> = [
    "River", "Lake", "Sea", "Ocean", "Bay", "Gulf", "Strait", "Channel", "Mountain", "Mountains", "Mount",
    "Hills", "Valley", "Canyon", "Desert", "Forest", "Island", "Islands", "Peninsula", "Coast", "Beach",
    "Basin", "Plateau", "Glacier", "Creek", "Peak", "Reef", "Hill", "Ridge", "Range", "Trench", "Seamount",
  ]

  /// Last words that make a name a political place.
  static let placeHeads: Set<String> = [
    "County", "City", "Town", "Township", "Village", "Borough", "Province", "State", "Republic", "Kingdom",
    "Emirate", "Parish", "Falls", "Region", "Oblast", "Prefecture", "Territory", "Flats", "Heights",
    "Springs",
  ]

  /// Nouns before a name that say it is an organization ("the group River Friends").
  static let organizationCues: Set<String> = [
    "group", "company", "firm", "charity", "union", "party", "club", "team", "band", "agency", "network",
    "organization", "organisation", "website", "newspaper", "startup", "start-up", "airline", "carrier",
    "retailer", "bank", "maker", "manufacturer", "brand", "broadcaster", "channel", "magazine", "nonprofit",
    "non-profit", "coalition", "campaign", "chain", "publisher", "insurer", "lender", "chipmaker",
  ]

  /// Nouns before a name that say it is a product or vehicle ("the research vessel Falkor").
  static let productCues: Set<String> = [
    "vessel", "ship", "yacht", "ferry", "submarine", "aircraft", "jet", "plane", "rocket", "spacecraft",
    "probe", "satellite", "telescope", "rover", "car", "truck", "phone", "smartphone", "app", "software",
    "device", "drug", "vaccine", "console", "model",
  ]

  /// Modifiers that keep the type of the place they precede ("Blue Nile", "South Pacific").
  static let placeModifiers: Set<String> = [
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
    "Lower", "Greater", "Inner", "Outer", "Blue", "White", "Old", "New",
  ]

  /// Last words that make a name a law or an event.
  static let lawHeads: Set<String> = ["Act", "Bill", "Amendment", "Treaty", "Accord", "Accords", "Code", "Charter", "Convention", "Protocol", "Agreement", "Statute"]
  static let eventHeads: Set<String> = [
    "War", "Olympics", "Games", "Cup", "Championship", "Championships", "Open", "Marathon", "Festival",
    "Summit", "Conference", "Election", "Revolution", "Crisis", "Massacre", "Hurricane", "Storm", "Derby",
  ]

  /// Words that join the parts of a name.
  static let connectors: Set<String> = ["of", "de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "&", "-", "y", "for"]

  /// Reporting verbs after a name: evidence for PERSON (and for quote attribution).
  static let reportingVerbs: Set<String> = [
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes", "warned",
    "noted", "insisted", "argued", "claimed", "announced", "confirmed", "denied", "explained", "stressed",
    "replied", "responded", "recalled", "testified", "tweeted", "posted", "acknowledged", "admitted",
    "believes", "thinks", "thought", "called", "urged", "vowed", "pledged", "promised", "declined",
    "spoke", "speaks",
  ]

  /// Capitalised words that are almost never names on their own (sentence starts, headlines).
  static let commonCapitalized: Set<String> = [
    "The", "A", "An", "This", "That", "These", "Those", "There", "Then", "Here", "It", "Its", "He", "She", "They",
    "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "Nor", "So", "Yet", "For",
    "If", "When", "While", "After", "Before", "Since", "Because", "Although", "As", "In", "On", "At", "By",
    "From", "With", "Without", "Under", "Over", "During", "Despite", "Among", "About", "Some", "Many", "Most",
    "More", "All", "Both", "Each", "Every", "Any", "No", "Not", "Neither", "Either", "Other", "Another", "One",
    "Such", "What", "Who", "Which", "Where", "Why", "How", "Still", "Also", "Instead", "Meanwhile", "However",
    "Similarly", "Certainly", "Reports", "Officials", "Administration", "Financial", "Residents", "Workers",
    "Riders", "Others", "Analysts", "Critics", "Supporters", "Police", "Experts", "Researchers", "Scientists",
    "Construction", "Parking", "Saturday", "Sunday", "Local", "Key", "Steps", "Options", "Sign", "Read",
    "Share", "Like", "Related", "Comments", "Introductory", "Work", "Not", "Nobody", "Everyone", "People",
    "Two", "Three", "Four", "Five", "First", "Last", "Next", "New", "Old", "Big", "Top", "Says", "Said",
  ]

  /// Words after a determiner that show a building rather than the institution ("at the White House").
  static let facilityPrepositions: Set<String> = ["at", "in", "inside", "outside", "near", "to", "into", "from", "toward", "towards"]

  /// Organizations that are also buildings; the preposition decides.
  static let buildingOrganizations: Set<String> = ["White House", "Kremlin", "Pentagon", "Capitol", "Elysee", "Élysée", "Downing Street"]
}
