import NewsNLP
import Testing

private let tokenizer = Tokenizer()

private func tokens(_ text: String, _ tokenizer: Tokenizer = tokenizer) -> [String] {
  let document = Document(id: "t", text: text)
  return tokenizer.tokenize(text).map { String(document.text(of: $0)) }
}

/// A tokenizer case: the input and the tokens a reader expects.
struct TokenCase: CustomTestStringConvertible, Sendable {
  let input: String
  let expected: [String]
  init(_ input: String, _ expected: [String]) {
    self.input = input
    self.expected = expected
  }
  var testDescription: String { input }
}

@Suite("Tokenizer")
struct TokenizerTests {
  static let whitespace: [TokenCase] = [
    TokenCase("The talks resumed", ["The", "talks", "resumed"]),
    TokenCase("  leading and trailing  ", ["leading", "and", "trailing"]),
    TokenCase("tabs\tand\nnew\r\nlines", ["tabs", "and", "new", "lines"]),
    TokenCase("no\u{00A0}break and\u{2009}thin\u{3000}spaces", ["no", "break", "and", "thin", "spaces"]),
    TokenCase("zero\u{200B}width", ["zero", "width"]),
    TokenCase("", []),
    TokenCase(" \n\t ", []),
  ]

  static let punctuation: [TokenCase] = [
    TokenCase("Hello, world.", ["Hello", ",", "world", "."]),
    TokenCase("Really?!", ["Really", "?", "!"]),
    TokenCase("He left; she stayed: fine", ["He", "left", ";", "she", "stayed", ":", "fine"]),
    TokenCase("(Reuters) -", ["(", "Reuters", ")", "-"]),
    TokenCase("President Xi [Jinping] tomorrow", ["President", "Xi", "[", "Jinping", "]", "tomorrow"]),
    TokenCase("{braces}", ["{", "braces", "}"]),
    TokenCase("end.The next", ["end", ".", "The", "next"]),
    TokenCase("a,b", ["a", ",", "b"]),
    TokenCase("and/or", ["and", "/", "or"]),
    TokenCase("AT&T and Q&A", ["AT&T", "and", "Q&A"]),
    TokenCase("well…", ["well", "…"]),
    TokenCase("Wait... what", ["Wait", "...", "what"]),
    TokenCase("so....", ["so", "...."]),
    TokenCase("...and then", ["...", "and", "then"]),
  ]

  static let quotes: [TokenCase] = [
    TokenCase("“We’re concerned,” he said.", ["“", "We", "’re", "concerned", ",", "”", "he", "said", "."]),
    TokenCase("\"Yes,\" she said.", ["\"", "Yes", ",", "\"", "she", "said", "."]),
    TokenCase("a “high” and “significant” concern", ["a", "“", "high", "”", "and", "“", "significant", "”", "concern"]),
    TokenCase("'We won’t appeal,' the lawyer said", ["'", "We", "wo", "n’t", "appeal", ",", "'", "the", "lawyer", "said"]),
    TokenCase("‘single’ quotes", ["‘", "single", "’", "quotes"]),
    TokenCase("« Non », dit-il", ["«", "Non", "»", ",", "dit", "-", "il"]),
    TokenCase("crisis.”The", ["crisis", ".", "”", "The"]),
    TokenCase("“Are you sure?” she asked.", ["“", "Are", "you", "sure", "?", "”", "she", "asked", "."]),
    TokenCase("the ’90s and '80s", ["the", "’90s", "and", "'80s"]),
    TokenCase("rock 'n' roll", ["rock", "'n'", "roll"]),
  ]

  static let contractions: [TokenCase] = [
    TokenCase("don't", ["do", "n't"]),
    TokenCase("Don’t", ["Do", "n’t"]),
    TokenCase("can't", ["ca", "n't"]),
    TokenCase("won't", ["wo", "n't"]),
    TokenCase("isn’t", ["is", "n’t"]),
    TokenCase("We’re", ["We", "’re"]),
    TokenCase("I'm", ["I", "'m"]),
    TokenCase("they've", ["they", "'ve"]),
    TokenCase("She'll", ["She", "'ll"]),
    TokenCase("he'd", ["he", "'d"]),
    TokenCase("it's", ["it", "'s"]),
    TokenCase("Biden’s invasion", ["Biden", "’s", "invasion"]),
    TokenCase("Russia's", ["Russia", "'s"]),
    TokenCase("officials' concerns", ["officials", "'", "concerns"]),
    TokenCase("the U.S.’s role", ["the", "U.S.", "’s", "role"]),
    TokenCase("O'Brien and O’Neill", ["O'Brien", "and", "O’Neill"]),
    TokenCase("cannot", ["can", "not"]),
    TokenCase("DON'T", ["DO", "N'T"]),
  ]

  static let abbreviations: [TokenCase] = [
    TokenCase("the U.S. military", ["the", "U.S.", "military"]),
    TokenCase("Feb. 24 invasion", ["Feb.", "24", "invasion"]),
    TokenCase("Mr. Price said", ["Mr.", "Price", "said"]),
    TokenCase("Vladimir V. Putin", ["Vladimir", "V.", "Putin"]),
    TokenCase("J. R. R. Tolkien", ["J.", "R.", "R.", "Tolkien"]),
    TokenCase("Dr. Smith, Sen. Jones and Gov. Lee", ["Dr.", "Smith", ",", "Sen.", "Jones", "and", "Gov.", "Lee"]),
    TokenCase("Acme Inc. and Bolt Corp.", ["Acme", "Inc.", "and", "Bolt", "Corp."]),
    TokenCase("at 7 a.m. on Tuesday", ["at", "7", "a.m.", "on", "Tuesday"]),
    TokenCase("e.g. apples, i.e. fruit", ["e.g.", "apples", ",", "i.e.", "fruit"]),
    TokenCase("Ph.D. student", ["Ph.D.", "student"]),
    TokenCase("No. 5 seed", ["No.", "5", "seed"]),
    TokenCase("He said no.", ["He", "said", "no", "."]),
    TokenCase("the answer is No.", ["the", "answer", "is", "No", "."]),
    TokenCase("Roe v. Wade", ["Roe", "v.", "Wade"]),
    TokenCase("Sacramento, Calif., on", ["Sacramento", ",", "Calif.", ",", "on"]),
    TokenCase("(Mr. Lee)", ["(", "Mr.", "Lee", ")"]),
    TokenCase("Mr.Price", ["Mr.", "Price"]),
    TokenCase("allies of the U.S. The talks", ["allies", "of", "the", "U.S.", "The", "talks"]),
    TokenCase("J.P. Morgan", ["J.P.", "Morgan"]),
  ]

  static let numbers: [TokenCase] = [
    TokenCase("$4.2 billion", ["$", "4.2", "billion"]),
    TokenCase("1,000 troops", ["1,000", "troops"]),
    TokenCase("3.5% growth", ["3.5", "%", "growth"]),
    TokenCase("£300m deal", ["£", "300", "m", "deal"]),
    TokenCase("€1.5bn", ["€", "1.5", "bn"]),
    TokenCase("at 10:30pm", ["at", "10:30", "pm"]),
    TokenCase("a 10km run", ["a", "10", "km", "run"]),
    TokenCase("-5 degrees and .5 points", ["-5", "degrees", "and", ".5", "points"]),
    TokenCase("ended 1,000.", ["ended", "1,000", "."]),
    TokenCase("the 24th", ["the", "24th"]),
    TokenCase("in 2021-22", ["in", "2021-22"]),
    TokenCase("COVID-19 cases", ["COVID-19", "cases"]),
    TokenCase("24/7 coverage", ["24/7", "coverage"]),
    TokenCase("scored 3-1", ["scored", "3-1"]),
  ]

  static let hyphensAndDashes: [TokenCase] = [
    TokenCase("its bogged-down invasion", ["its", "bogged", "-", "down", "invasion"]),
    TokenCase("Chinese-made drones", ["Chinese", "-", "made", "drones"]),
    TokenCase("a 5-year-old", ["a", "5", "-", "year", "-", "old"]),
    TokenCase("U.S.-led coalition", ["U.S.", "-", "led", "coalition"]),
    TokenCase("war—and peace", ["war", "—", "and", "peace"]),
    TokenCase("war — and peace", ["war", "—", "and", "peace"]),
    TokenCase("1990–2000", ["1990", "–", "2000"]),
    TokenCase("wait--what", ["wait", "--", "what"]),
    TokenCase("so—“we", ["so", "—", "“", "we"]),
    TokenCase("pre- and post-war", ["pre", "-", "and", "post", "-", "war"]),
  ]

  static let specialTokens: [TokenCase] = [
    TokenCase("see https://example.com/a/b?c=1.", ["see", "https://example.com/a/b?c=1", "."]),
    TokenCase("(www.example.org)", ["(", "www.example.org", ")"]),
    TokenCase("http://en.example.org/wiki/Foo_(bar), next", ["http://en.example.org/wiki/Foo_(bar)", ",", "next"]),
    TokenCase("mail press@state.example.gov.", ["mail", "press@state.example.gov", "."]),
    TokenCase("follow @NewsNLP_bot!", ["follow", "@NewsNLP_bot", "!"]),
    TokenCase("#Ukraine2022, trending", ["#Ukraine2022", ",", "trending"]),
    TokenCase("ranked #1", ["ranked", "#", "1"]),
    TokenCase("nytimes.com reported", ["nytimes.com", "reported"]),
    TokenCase("great 👍 news", ["great", "👍", "news"]),
  ]

  @Test("whitespace separates tokens and is never inside one", arguments: whitespace)
  func whitespaceCases(_ testCase: TokenCase) {
    #expect(tokens(testCase.input) == testCase.expected)
  }

  @Test("punctuation, brackets and ellipses are split off", arguments: punctuation)
  func punctuationCases(_ testCase: TokenCase) {
    #expect(tokens(testCase.input) == testCase.expected)
  }

  @Test("straight and curly quotes are tokens of their own", arguments: quotes)
  func quoteCases(_ testCase: TokenCase) {
    #expect(tokens(testCase.input) == testCase.expected)
  }

  @Test("contractions and possessives split as in OntoNotes", arguments: contractions)
  func contractionCases(_ testCase: TokenCase) {
    #expect(tokens(testCase.input) == testCase.expected)
  }

  @Test("abbreviations and initials keep their period", arguments: abbreviations)
  func abbreviationCases(_ testCase: TokenCase) {
    #expect(tokens(testCase.input) == testCase.expected)
  }

  @Test("numbers stay whole while currency, percent and units split", arguments: numbers)
  func numberCases(_ testCase: TokenCase) {
    #expect(tokens(testCase.input) == testCase.expected)
  }

  @Test("hyphens between words and dashes are tokens of their own", arguments: hyphensAndDashes)
  func hyphenCases(_ testCase: TokenCase) {
    #expect(tokens(testCase.input) == testCase.expected)
  }

  @Test("URLs, e-mail addresses, handles and hashtags are single tokens", arguments: specialTokens)
  func specialCases(_ testCase: TokenCase) {
    #expect(tokens(testCase.input) == testCase.expected)
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
