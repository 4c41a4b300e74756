import NewsNLP
import Testing

/// Facts about the seeds' tokens that must hold, so a wrong golden cannot be blessed by accident.
@Suite("Seed tokens")
struct SeedTokenTests {
  @Test("seed 000 splits contractions, possessives, brackets and quotes as OntoNotes does")
  func seed000() throws {
    let tokens = try Seeds.annotated(Seeds.blinkenPsaki).tokenTexts
    #expect(tokens.containsRun(["“", "We", "’re", "concerned"]))
    #expect(tokens.containsRun(["Vladimir", "Putin", "’s", "invasion"]))
    #expect(tokens.containsRun(["President", "Xi", "[", "Jinping", "]", "tomorrow"]))
    #expect(tokens.containsRun(["a", "“", "high", "”", "and", "“", "significant", "”", "concern"]))
    #expect(tokens.containsRun(["“", "I", "’m", "just"]))
    #expect(tokens.containsRun(["China", "'s", "top", "diplomat"]))
    #expect(tokens.containsRun(["avoid", "U.S.", "sanctions"]))
    #expect(Array(tokens.suffix(3)) == ["crisis", ".", "”"])
  }

  @Test("seed 004 keeps abbreviations and initials whole and splits hyphenated words")
  func seed004() throws {
    let tokens = try Seeds.annotated(Seeds.sullivanRome).tokenTexts
    #expect(Array(tokens.prefix(13)) == ["The", "U.S.", "Warns", "China", "Not", "to", "Give", "Russia", "Military", "or", "Economic", "Aid", "President"])
    #expect(tokens.containsRun(["Russia", "’s", "Feb.", "24", "invasion"]))
    #expect(tokens.containsRun(["President", "Vladimir", "V.", "Putin"]))
    #expect(tokens.containsRun(["nor", "Mr.", "Price", "elaborated"]))
    #expect(tokens.containsRun(["bogged", "-", "down"]))
    #expect(tokens.containsRun(["Chinese", "-", "made", "drones"]))
    #expect(tokens.containsRun(["U.S.", "officials", "said"]))
    #expect(tokens.containsRun(["such", "a", "thing", ".", "”"]))
    #expect(Array(tokens.suffix(3)) == ["United", "States", "."])
    #expect(!tokens.contains("comment"))
  }
}
