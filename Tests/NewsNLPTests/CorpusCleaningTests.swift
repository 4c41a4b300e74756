import NewsNLP
import Testing

/// A corpus page and what a reader expects of its cleaned text: every article paragraph in order
/// (by its first words), and none of the page's residue.
struct CleaningExpectation: CustomTestStringConvertible, Sendable {
  let file: String
  let paragraphStarts: [String]
  let absent: [String]
  var testDescription: String { file }
}

@Suite("Cleaning the corpus")
struct CorpusCleaningTests {
  static let pages: [CleaningExpectation] = [
    CleaningExpectation(
      file: "wordpress-default-comments.html",
      paragraphStarts: [
        "Harbor council approves protected bike lanes", "The Harbor City Council voted 5–2",
        "The $3.2 million plan replaces one", "“We heard from parents who are", "Councilmember Dev Raman, one of the",
        "What happens next", "Construction is scheduled to begin in", "The Harbor Chamber of Commerce, which",
      ],
      absent: [
        "Leave a Reply", "Cancel reply", "Your email address will not be published", "Required fields",
        "Save my name", "Post Comment", "Akismet", "Ruth Kellerman", "Finally. I have been riding",
        "Nobody carries lumber", "Recent Posts", "Ferry fares to rise", "Skip to the content", "Tags:",
        "covers City Hall", "Powered by WordPress", "Local News", "By Ana Ortiz",
      ]),
    CleaningExpectation(
      file: "tagdiv-newspaper-business.html",
      paragraphStarts: [
        "Lumen Foods to close Dayton plant,", "Lumen Foods Inc. will close its",
        "The Minneapolis-based company said it would", "“This was a difficult decision, and",
        "Local 114 of the Bakery, Confectionery,", "“We found out the same way", "Lumen’s shares fell 1.8% to $23.41",
      ],
      absent: [
        "LEAVE A REPLY", "Please enter your comment", "Please enter your name here", "incorrect email address",
        "Please enter your email address here", "RELATED ARTICLES", "MORE FROM AUTHOR", "Grocer adds 200",
        "Advertisement", "Pinterest", "WhatsApp", "STAY CONNECTED", "POPULAR POSTS", "Previous article",
        "Webster Street in Dayton. (File photo)", "TAGS", "ABOUT US",
      ]),
    CleaningExpectation(
      file: "disqus-science.html",
      paragraphStarts: [
        "Astronomers find water vapour in the", "Astronomers have detected water vapour in",
        "The water sits within about 160", "“We have seen water in discs", "The team used the Mid-Infrared Instrument",
        "Not everyone is convinced the water", "The researchers plan to observe PDS",
      ],
      absent: [
        "Disqus", "enable JavaScript", "We use cookies", "Most read", "Sign up for our newsletter",
        "Why the Moon", "Privacy",
      ]),
    CleaningExpectation(
      file: "drupal-court.html",
      paragraphStarts: [
        "Appeals court revives lawsuit over Marlow", "A federal appeals court on Friday", "A three-judge panel of the U.S.",
        "\"The complaint alleges conditions that, if", "In a dissent, Judge Harold Doane",
        "Sheriff Dwayne Cobb said the county", "The case returns to the district",
      ],
      absent: ["Skip to main content", "Related content", "County budget adds", "Submitted by", "Tags", "200 Court Square"]),
    CleaningExpectation(
      file: "reader-comments-sports.html",
      paragraphStarts: [
        "Rovers snatch late derby win over", "Northshire Rovers came from behind to", "City took the lead five minutes",
        "'We never stopped believing,' Rovers manager", "City boss Neil Ashby felt his",
        "The win lifts Rovers to fourth", "Rovers travel to Exeter on Tuesday",
      ],
      absent: [
        "12 comments", "MillLaneMick", "Best derby win since 2009", "Robbed again", "back garden",
        "You must be logged in", "Sort by", "Like (34)", "By Sam Whitworth",
      ]),
    CleaningExpectation(
      file: "jetpack-share-related.html",
      paragraphStarts: [
        "Westbrook library extends weekend hours after", "The Westbrook Public Library will open",
        "The Board of Selectmen approved $64,000", "“Sunday is the only day a", "The petition was started in November",
        "Saturday hours will also be extended",
      ],
      absent: [
        "Share this:", "Like this:", "Loading...", "Related", "Students petition for Sunday", "Town meeting trims",
        "Subscribe to Blog", "Leave a Reply", "Snow totals", "Posted in", "Posted on",
      ]),
    CleaningExpectation(
      file: "windows-1252-election.html",
      paragraphStarts: [
        "Ashford by-election: Renée Coulter holds Stour", "Renée Coulter held the Stour ward",
        "Ms Coulter, a 44-year-old primary school", "“People here want the river cleaned",
        "The seat fell vacant in February", "Mr Pell said he was disappointed",
      ],
      absent: ["Kentish Chronicle", "Print this page", "Letters", "Archive", "Friday 5 May 2023", "Ã", "�"]),
    CleaningExpectation(
      file: "br-paragraphs-entities.html",
      paragraphStarts: [
        "Crews contain brush fire near Route", "CEDAR FLATS — Firefighters from four", "No one was hurt. One barn",
        "\"The wind was pushing it right", "Residents were allowed back home by", "The fire was the third in",
      ],
      absent: [
        "Print this story", "E-mail this story", "ADVERTISEMENT", "Classifieds", "Serving Pine Valley",
        "By Dale Henley", "Copyright", "&nbsp;", "&amp;", "\u{00A0}",
      ]),
    CleaningExpectation(
      file: "no-article-density.html",
      paragraphStarts: [
        "Skylark Air adds routes to Boise,", "Skylark Air, the regional carrier based", "The routes will be flown with",
        "\"These are cities our customers have", "The expansion comes as larger airlines",
        "Spokane International Airport director Larry Krauss",
      ],
      absent: [
        "Sections", "TSA lines", "Read more", "Love a good deal", "Sign me up", "Popular", "Ten quiet hot springs",
        "March 8, 2024 ·", "Mountain West Traveler", "Search",
      ]),
    CleaningExpectation(
      file: "residue-wordpress-crlf.txt",
      paragraphStarts: [
        "Ferry fares to rise in July", "The Harbor County ferry will raise", "Board chair Ellen Voss said the",
        "Riders who spoke at the meeting", "The board will review the fares",
      ],
      absent: ["Leave a Reply", "Cancel reply", "Required fields", "Save my name", "Post Comment", "Website", "\r"]),
    CleaningExpectation(
      file: "residue-jetpack-middle.txt",
      paragraphStarts: [
        "Volunteers clear 2 tonnes of rubbish", "More than 150 volunteers collected about",
        "Organiser Bethany Cole said the haul", "One volunteer, Frank Adeyemi, said he", "The council said it would install",
      ],
      absent: ["Share this:", "\nTwitter", "\nFacebook", "Like this:", "Loading..."]),
    CleaningExpectation(
      file: "residue-disqus-akismet.txt",
      paragraphStarts: [
        "Lakeside school board names interim superintendent", "The Lakeside Unified School District board",
        "Arroyo, 52, replaces Superintendent Carol Beaumont,", "\"I'm not here to keep the", "The board expects to hire a",
      ],
      absent: ["\nComments", "Disqus", "Akismet"]),
  ]

  @Test("every article paragraph survives in order and no residue does", arguments: pages)
  func pageIsCleaned(_ expectation: CleaningExpectation) throws {
    let document = try Seeds.cleaned(expectation.file)
    let paragraphs = document.paragraphs
    #expect(paragraphs.count == expectation.paragraphStarts.count, "\(paragraphs)")
    for (paragraph, start) in zip(paragraphs, expectation.paragraphStarts) {
      #expect(paragraph.hasPrefix(start), "paragraph \(paragraph.prefix(60)) should start with \(start)")
    }
    for residue in expectation.absent {
      #expect(!document.text.contains(residue), "\(residue.debugDescription) should be gone")
    }
    #expect(!document.text.hasSuffix("\n"))
  }

  @Test("a quote that contains the words of a residue line survives")
  func quoteWithResidueWordsSurvives() throws {
    let document = try Seeds.cleaned("residue-jetpack-middle.txt")
    #expect(document.text.contains("\"Someone had written 'leave a reply if you can help' under a photo of the bank, so I did,\" he said."))
  }

  @Test("the cleaner's report lists what it removed")
  func reportListsRemovals() throws {
    let document = try Seeds.cleaned("residue-wordpress-crlf.txt")
    let removed = try #require(document.removed)
    #expect(removed.map(\.text).contains("Leave a Reply"))
    #expect(removed.map(\.text).contains("Post Comment"))
    #expect(removed.allSatisfy { !$0.reason.isEmpty })
  }

  @Test("metadata comes from meta tags and JSON-LD")
  func metadataIsRead() throws {
    let tagdiv = try Seeds.cleaned("tagdiv-newspaper-business.html").metadata
    #expect(tagdiv.title == "Lumen Foods to close Dayton plant, cutting 340 jobs")
    #expect(tagdiv.byline == "Marcus Hale")
    #expect(tagdiv.published == "2023-06-02T09:15:27+00:00")
    #expect(tagdiv.url == "https://ovbw.example/lumen-foods-dayton-plant/")
    #expect(tagdiv.siteName == "Ohio Valley Business Wire")
    let wordpress = try Seeds.cleaned("wordpress-default-comments.html").metadata
    #expect(wordpress.byline == "Ana Ortiz")
    #expect(wordpress.url == "https://harborledger.example/2022/03/15/council-approves-bike-lanes/")
    let drupal = try Seeds.cleaned("drupal-court.html").metadata
    #expect(drupal.byline == "Joel Whitaker")
    let oldSite = try Seeds.cleaned("br-paragraphs-entities.html").metadata
    #expect(oldSite.title == "Crews contain brush fire near Route 9")
    #expect(oldSite.byline == "Dale Henley, Gazette staff")
  }
}

@Suite("Cleaning the seeds")
struct SeedCleaningTests {
  @Test("seed 000 has no residue, so its cleaned text equals its input")
  func seed000IsUnchanged() throws {
    let document = try Seeds.cleaned(Seeds.blinkenPsaki)
    #expect(document.text == (try Seeds.text(Seeds.blinkenPsaki)))
    #expect(document.removed == [])
  }

  @Test("seed 004 loses the comment form and ends with the article's last sentence")
  func seed004LosesTheCommentForm() throws {
    let document = try Seeds.cleaned(Seeds.sullivanRome)
    #expect(document.text.hasSuffix("…a common adversary in United States.".dropFirst()))
    #expect(document.text.hasSuffix("united by having a common adversary in United States."))
    #expect(!document.text.contains("Please enter"))
    #expect(document.removed?.map(\.text) == ["Please enter your comment!", "Please enter your name here"])
    #expect(document.paragraphs.count == 10)
    #expect(document.paragraphs.first == "The U.S. Warns China Not to Give Russia Military or Economic Aid")
  }
}
