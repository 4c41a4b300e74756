import NewsNLP
import Testing

private let tokenizer = Tokenizer()

private func tokens(_ text: String, _ tokenizer: Tokenizer = tokenizer) -> [String] {
  let document = Document(id: "t", text: text)
  return tokenizer.tokenize(text).map { String(document.text(of: $0)) }
}

@Suite("Tokenizer")
struct TokenizerTests {
  static let whitespace: [TextCase] = [
    TextCase("The talks resumed", ["The", "talks", "resumed"]),
    TextCase("  leading and trailing  ", ["leading", "and", "trailing"]),
    TextCase("tabs\tand\nnew\r\nlines", ["tabs", "and", "new", "lines"]),
    TextCase("no\u{00A0}break and\u{2009}thin\u{3000}spaces", ["no", "break", "and", "thin", "spaces"]),
    TextCase("zero\u{200B}width", ["zero", "width"]),
    TextCase("", []),
    TextCase(" \n\t ", []),
  ]

  static let punctuation: [TextCase] = [
    TextCase("Hello, world.", ["Hello", ",", "world", "."]),
    TextCase("Really?!", ["Really", "?", "!"]),
    TextCase("He left; she stayed: fine", ["He", "left", ";", "she", "stayed", ":", "fine"]),
    TextCase("(Reuters) -", ["(", "Reuters", ")", "-"]),
    TextCase("President Xi [Jinping] tomorrow", ["President", "Xi", "[", "Jinping", "]", "tomorrow"]),
    TextCase("{braces}", ["{", "braces", "}"]),
    TextCase("end.The next", ["end", ".", "The", "next"]),
    TextCase("a,b", ["a", ",", "b"]),
    TextCase("and/or", ["and", "/", "or"]),
    TextCase("AT&T and Q&A", ["AT&T", "and", "Q&A"]),
    TextCase("well…", ["well", "…"]),
    TextCase("Wait... what", ["Wait", "...", "what"]),
    TextCase("so....", ["so", "...."]),
    TextCase("...and then", ["...", "and", "then"]),
  ]

  static let quotes: [TextCase] = [
    TextCase("“We’re concerned,” he said.", ["“", "We", "’re", "concerned", ",", "”", "he", "said", "."]),
    TextCase("\"Yes,\" she said.", ["\"", "Yes", ",", "\"", "she", "said", "."]),
    TextCase("a “high” and “significant” concern", ["a", "“", "high", "”", "and", "“", "significant", "”", "concern"]),
    TextCase("'We won’t appeal,' the lawyer said", ["'", "We", "wo", "n’t", "appeal", ",", "'", "the", "lawyer", "said"]),
    TextCase("‘single’ quotes", ["‘", "single", "’", "quotes"]),
    TextCase("« Non », dit-il", ["«", "Non", "»", ",", "dit", "-", "il"]),
    TextCase("crisis.”The", ["crisis", ".", "”", "The"]),
    TextCase("“Are you sure?” she asked.", ["“", "Are", "you", "sure", "?", "”", "she", "asked", "."]),
    TextCase("the ’90s and '80s", ["the", "’90s", "and", "'80s"]),
    TextCase("rock 'n' roll", ["rock", "'n'", "roll"]),
  ]

  static let contractions: [TextCase] = [
    TextCase("don't", ["do", "n't"]),
    TextCase("Don’t", ["Do", "n’t"]),
    TextCase("can't", ["ca", "n't"]),
    TextCase("won't", ["wo", "n't"]),
    TextCase("isn’t", ["is", "n’t"]),
    TextCase("We’re", ["We", "’re"]),
    TextCase("I'm", ["I", "'m"]),
    TextCase("they've", ["they", "'ve"]),
    TextCase("She'll", ["She", "'ll"]),
    TextCase("he'd", ["he", "'d"]),
    TextCase("it's", ["it", "'s"]),
    TextCase("Biden’s invasion", ["Biden", "’s", "invasion"]),
    TextCase("Russia's", ["Russia", "'s"]),
    TextCase("officials' concerns", ["officials", "'", "concerns"]),
    TextCase("the U.S.’s role", ["the", "U.S.", "’s", "role"]),
    TextCase("O'Brien and O’Neill", ["O'Brien", "and", "O’Neill"]),
    TextCase("cannot", ["can", "not"]),
    TextCase("DON'T", ["DO", "N'T"]),
  ]

  static let abbreviations: [TextCase] = [
    TextCase("the U.S. military", ["the", "U.S.", "military"]),
    TextCase("Feb. 24 invasion", ["Feb.", "24", "invasion"]),
    TextCase("Mr. Price said", ["Mr.", "Price", "said"]),
    TextCase("Vladimir V. Putin", ["Vladimir", "V.", "Putin"]),
    TextCase("J. R. R. Tolkien", ["J.", "R.", "R.", "Tolkien"]),
    TextCase("Dr. Smith, Sen. Jones and Gov. Lee", ["Dr.", "Smith", ",", "Sen.", "Jones", "and", "Gov.", "Lee"]),
    TextCase("Acme Inc. and Bolt Corp.", ["Acme", "Inc.", "and", "Bolt", "Corp."]),
    TextCase("at 7 a.m. on Tuesday", ["at", "7", "a.m.", "on", "Tuesday"]),
    TextCase("e.g. apples, i.e. fruit", ["e.g.", "apples", ",", "i.e.", "fruit"]),
    TextCase("Ph.D. student", ["Ph.D.", "student"]),
    TextCase("No. 5 seed", ["No.", "5", "seed"]),
    TextCase("He said no.", ["He", "said", "no", "."]),
    TextCase("the answer is No.", ["the", "answer", "is", "No", "."]),
    TextCase("Roe v. Wade", ["Roe", "v.", "Wade"]),
    TextCase("Sacramento, Calif., on", ["Sacramento", ",", "Calif.", ",", "on"]),
    TextCase("(Mr. Lee)", ["(", "Mr.", "Lee", ")"]),
    TextCase("Mr.Price", ["Mr.", "Price"]),
    TextCase("allies of the U.S. The talks", ["allies", "of", "the", "U.S.", "The", "talks"]),
    TextCase("J.P. Morgan", ["J.P.", "Morgan"]),
  ]

  static let numbers: [TextCase] = [
    TextCase("$4.2 billion", ["$", "4.2", "billion"]),
    TextCase("1,000 troops", ["1,000", "troops"]),
    TextCase("3.5% growth", ["3.5", "%", "growth"]),
    TextCase("£300m deal", ["£", "300", "m", "deal"]),
    TextCase("€1.5bn", ["€", "1.5", "bn"]),
    TextCase("at 10:30pm", ["at", "10:30", "pm"]),
    TextCase("a 10km run", ["a", "10", "km", "run"]),
    TextCase("-5 degrees and .5 points", ["-5", "degrees", "and", ".5", "points"]),
    TextCase("ended 1,000.", ["ended", "1,000", "."]),
    TextCase("the 24th", ["the", "24th"]),
    TextCase("in 2021-22", ["in", "2021-22"]),
    TextCase("COVID-19 cases", ["COVID-19", "cases"]),
    TextCase("24/7 coverage", ["24/7", "coverage"]),
    TextCase("scored 3-1", ["scored", "3-1"]),
  ]

  static let hyphensAndDashes: [TextCase] = [
    TextCase("its bogged-down invasion", ["its", "bogged", "-", "down", "invasion"]),
    TextCase("Chinese-made drones", ["Chinese", "-", "made", "drones"]),
    TextCase("a 5-year-old", ["a", "5", "-", "year", "-", "old"]),
    TextCase("U.S.-led coalition", ["U.S.", "-", "led", "coalition"]),
    TextCase("war—and peace", ["war", "—", "and", "peace"]),
    TextCase("war — and peace", ["war", "—", "and", "peace"]),
    TextCase("1990–2000", ["1990", "–", "2000"]),
    TextCase("wait--what", ["wait", "--", "what"]),
    TextCase("so—“we", ["so", "—", "“", "we"]),
    TextCase("pre- and post-war", ["pre", "-", "and", "post", "-", "war"]),
  ]

  static let specialTokens: [TextCase] = [
    TextCase("see https://example.com/a/b?c=1.", ["see", "https://example.com/a/b?c=1", "."]),
    TextCase("(www.example.org)", ["(", "www.example.org", ")"]),
    TextCase("http://en.example.org/wiki/Foo_(bar), next", ["http://en.example.org/wiki/Foo_(bar)", ",", "next"]),
    TextCase("mail press@state.example.gov.", ["mail", "press@state.example.gov", "."]),
    TextCase("follow @NewsNLP_bot!", ["follow", "@NewsNLP_bot", "!"]),
    TextCase("#Ukraine2022, trending", ["#Ukraine2022", ",", "trending"]),
    TextCase("ranked #1", ["ranked", "#", "1"]),
    TextCase("nytimes.com reported", ["nytimes.com", "reported"]),
    TextCase("great 👍 news", ["great", "👍", "news"]),
  ]

  @Test("whitespace separates tokens and is never inside one", arguments: whitespace)
  func whitespaceCases(_ testCase: TextCase) {
    #expect(tokens(testCase.text) == testCase.expected)
  }

  @Test("punctuation, brackets and ellipses are split off", arguments: punctuation)
  func punctuationCases(_ testCase: TextCase) {
    #expect(tokens(testCase.text) == testCase.expected)
  }

  @Test("straight and curly quotes are tokens of their own", arguments: quotes)
  func quoteCases(_ testCase: TextCase) {
    #expect(tokens(testCase.text) == testCase.expected)
  }

  @Test("contractions and possessives split as in OntoNotes", arguments: contractions)
  func contractionCases(_ testCase: TextCase) {
    #expect(tokens(testCase.text) == testCase.expected)
  }

  @Test("abbreviations and initials keep their period", arguments: abbreviations)
  func abbreviationCases(_ testCase: TextCase) {
    #expect(tokens(testCase.text) == testCase.expected)
  }

  @Test("numbers stay whole while currency, percent and units split", arguments: numbers)
  func numberCases(_ testCase: TextCase) {
    #expect(tokens(testCase.text) == testCase.expected)
  }

  @Test("hyphens between words and dashes are tokens of their own", arguments: hyphensAndDashes)
  func hyphenCases(_ testCase: TextCase) {
    #expect(tokens(testCase.text) == testCase.expected)
  }

  @Test("URLs, e-mail addresses, handles and hashtags are single tokens", arguments: specialTokens)
  func specialCases(_ testCase: TextCase) {
    #expect(tokens(testCase.text) == testCase.expected)
  }

  @Test("hyphenated words stay whole when splitHyphens is off")
  func hyphenatedWordsStayWholeWhenAsked() {
    let keep = Tokenizer(configuration: .init(splitHyphens: false))
    #expect(tokens("bogged-down Chinese-made war—peace", keep) == ["bogged-down", "Chinese-made", "war", "—", "peace"])
  }

  @Test("extra abbreviations from the configuration keep their period")
  func extraAbbreviationsKeepTheirPeriod() {
    let custom = Tokenizer(configuration: .init(extraAbbreviations: ["Cllr."]))
    #expect(tokens("Cllr. Jones", custom) == ["Cllr.", "Jones"])
    #expect(tokens("Cllr. Jones") == ["Cllr", ".", "Jones"])
  }
}
