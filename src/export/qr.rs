//! The QR code of a result link, so a result on a slide or on paper opens on a phone.
//! The encoding is Nayuki's `qrcodegen`; this module only draws it.

use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin readers need around the code, in modules (the standard's minimum).
const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: `size` modules square, quiet zone included.
pub struct Qr {
    code: QrCode,
}

impl Qr {
    /// The code of `text`, with medium error correction (a fold or a smudge on paper
    /// still reads); `None` if the text is too long for any QR code (about 2,300 bytes).
    pub fn new(text: &str) -> Option<Qr> {
        QrCode::encode_text(text, QrCodeEcc::Medium)
            .ok()
            .map(|code| Qr { code })
    }

    /// Modules across, quiet zone included.
    pub fn size(&self) -> u32 {
        (self.code.size() + 2 * QUIET_ZONE) as u32
    }

    /// Whether the module at (`x`, `y`), counted from the quiet zone's corner, is dark.
    pub fn is_dark(&self, x: u32, y: u32) -> bool {
        self.code
            .get_module(x as i32 - QUIET_ZONE, y as i32 - QUIET_ZONE)
    }

    /// The dark modules as one SVG path in module units: a rectangle per run of dark
    /// modules in a row, which keeps the path short.
    pub fn path(&self) -> String {
        let size = self.size();
        let mut path = String::new();
        for y in 0..size {
            let mut x = 0;
            while x < size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < size && self.is_dark(x, y) {
                    x += 1;
                }
                path.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
            }
        }
        path
    }

    /// The code as an SVG element `width` user units square at (`x`, `y`): dark on
    /// white whatever the theme, as readers expect.
    pub fn svg_at(&self, x: u32, y: u32, width: u32) -> String {
        let size = self.size();
        format!(
            r##"<svg x="{x}" y="{y}" width="{width}" height="{width}" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{}" fill="#000"/></svg>"##,
            self.path()
        )
    }

    /// The code as a standalone SVG document, for an image on the result screen.
    pub fn svg(&self) -> String {
        let size = self.size();
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}">{}</svg>"#,
            self.svg_at(0, 0, size)
        )
    }
}
