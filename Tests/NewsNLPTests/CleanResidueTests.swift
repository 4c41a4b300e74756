import NewsNLP
import Testing

private func clean(_ text: String) throws -> Document {
  try Pipeline([Cleaner(configuration: .init(report: true))]).annotate(text: text)
}

@Suite("Scraped-text residue")
struct CleanResidueTests {
  @Test("residue lines match case-insensitively and tolerate punctuation and spacing", arguments: [
    "LEAVE A REPLY", "Leave a reply:", "leave  a   reply", "Please enter your comment !", "PLEASE ENTER YOUR NAME HERE",
    "You have entered an incorrect email address!", "Please enter your email address here", "Cancel reply",
    "Your email address will not be published.", "Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.", "Post Comment",
    "You must be logged in to post a comment.", "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Please enable JavaScript to view the comments powered by Disqus.", "Share this:", "Like this:", "Loading...", "Related",
  ])
  func trailingResidueLineIsRemoved(_ line: String) throws {
    let document = try clean("The mayor resigned on Friday.\n\n\(line)\nPost Comment")
    #expect(document.text == "The mayor resigned on Friday.")
  }

  @Test("a lone residue-like line between article paragraphs stays")
  func loneLineInsideArticleStays() throws {
    let text = "First paragraph.\n\nRelated\n\nSecond paragraph."
    #expect(try clean(text).text == text)
  }

  @Test("a cluster of residue lines inside the text is removed, keeping the paragraphs apart")
  func clusterInsideIsRemoved() throws {
    let document = try clean("First paragraph.\n\nShare this:\nTwitter\nFacebook\n\nSecond paragraph.")
    #expect(document.text == "First paragraph.\n\nSecond paragraph.")
    #expect(document.removed?.count == 3)
  }

  @Test("a sentence that contains residue words is never touched")
  func sentencesAreNeverTouched() throws {
    let text = "She said: \"Please enter your comment below, and leave a reply.\"\n\nLeave a reply if you disagree, he wrote."
    #expect(try clean(text).text == text)
  }

  @Test("CRLF and CR line ends become LF and trailing blank lines go")
  func lineEndsAreNormalised() throws {
    #expect(try clean("One.\r\n\r\nTwo.\rThree.\r\n\r\n  \n").text == "One.\n\nTwo.\nThree.")
  }

  @Test("residue removal can be turned off")
  func removalCanBeTurnedOff() throws {
    let document = try Pipeline([Cleaner(configuration: .init(removeResidue: false))]).annotate(text: "Body.\nPost Comment")
    #expect(document.text == "Body.\nPost Comment")
  }
}
