import Testing

@testable import TerminalUI

@Suite("Colour downsampling")
struct ColorDownsamplerTests {
  @Test("#rrggbb maps to the nearest xterm-256 cube or grey entry")
  func to256() {
    #expect(ColorDownsampler.nearest256(r: 255, g: 0, b: 0) == 196)
    #expect(ColorDownsampler.nearest256(r: 255, g: 135, b: 0) == 208)
    #expect(ColorDownsampler.nearest256(r: 0, g: 0, b: 0) == 16)
    #expect(ColorDownsampler.nearest256(r: 128, g: 128, b: 128) == 244)
    #expect(ColorDownsampler.nearest256(r: 0x5f, g: 0x87, b: 0xd7) == 68)
  }

  @Test("the tiers: 256 keeps indices, 16 folds to ANSI, 8 folds bright onto bold, 0 is none")
  func tiers() {
    let orange = Color.rgb(255, 135, 0)
    #expect(ColorDownsampler.resolve(orange, colors: 256)?.number == 208)
    #expect(ColorDownsampler.resolve(.indexed(196), colors: 16)?.number == 9)
    #expect(ColorDownsampler.resolve(.indexed(196), colors: 8) == .init(number: 1, needsBold: true))
    #expect(ColorDownsampler.resolve(.indexed(2), colors: 8) == .init(number: 2, needsBold: false))
    #expect(ColorDownsampler.resolve(.default, colors: 8)?.number == -1)
    #expect(ColorDownsampler.resolve(.indexed(1), colors: 0) == nil)
    #expect(ColorDownsampler.resolve(.rgb(10, 10, 10), colors: 16)?.number == 0)
  }

  @Test("a direct-colour terminal gets 0xRRGGBB values, ANSI 0–7 stay as they are")
  func direct() {
    #expect(ColorDownsampler.resolve(.rgb(255, 135, 0), colors: 16_777_216)?.number == 0xFF8700)
    #expect(ColorDownsampler.resolve(.indexed(3), colors: 16_777_216)?.number == 3)
    #expect(ColorDownsampler.resolve(.indexed(196), colors: 16_777_216)?.number == 0xFF0000)
    #expect(ColorDownsampler.resolve(.default, colors: 16_777_216)?.number == -1)
  }

  @Test("the 256 palette's RGB values follow xterm")
  func palette() {
    #expect(ColorDownsampler.rgb(ofIndex: 4) == (0, 0, 238))
    #expect(ColorDownsampler.rgb(ofIndex: 16 + 36 * 5) == (255, 0, 0))
    #expect(ColorDownsampler.rgb(ofIndex: 232) == (8, 8, 8))
    #expect(ColorDownsampler.rgb(ofIndex: 255) == (238, 238, 238))
  }
}
