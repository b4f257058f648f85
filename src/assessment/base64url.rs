//! Unpadded base64url (RFC 4648 §5): the alphabet that survives URLs, chat apps and
//! file names without escaping.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity((bytes.len() * 4).div_ceil(3));
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(group >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The character at this (zero-based) position is not in the alphabet.
    BadCharacter { position: usize, character: char },
    /// No whole number of bytes has this many characters, or the unused bits are set.
    BadLength,
}

fn value_of(character: char) -> Option<u32> {
    let byte = u8::try_from(character).ok()?;
    ALPHABET.iter().position(|&a| a == byte).map(|v| v as u32)
}

pub fn decode(text: &str) -> Result<Vec<u8>, DecodeError> {
    let mut values = Vec::with_capacity(text.len());
    for (position, character) in text.chars().enumerate() {
        let value = value_of(character).ok_or(DecodeError::BadCharacter {
            position,
            character,
        })?;
        values.push(value);
    }
    if values.len() % 4 == 1 {
        return Err(DecodeError::BadLength);
    }
    let mut bytes = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &v)| acc | v << (18 - 6 * i));
        let whole_bytes = chunk.len() - 1;
        // Bits below the last whole byte must be zero, so each byte string has one spelling.
        if group & ((1 << (24 - 8 * whole_bytes)) - 1) != 0 {
            return Err(DecodeError::BadLength);
        }
        bytes.extend((0..whole_bytes).map(|i| (group >> (16 - 8 * i)) as u8));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_rfc_test_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn uses_the_url_safe_alphabet() {
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8").unwrap(), vec![0xfb, 0xff]);
    }

    #[test]
    fn round_trips_every_byte_in_every_position() {
        for len in 0..7 {
            for byte in 0..=255u8 {
                let bytes: Vec<u8> = (0..len).map(|i| byte.wrapping_add(i as u8 * 37)).collect();
                assert_eq!(decode(&encode(&bytes)).unwrap(), bytes);
            }
        }
    }

    #[test]
    fn rejects_characters_outside_the_alphabet_with_their_position() {
        assert_eq!(
            decode("Zm9+"),
            Err(DecodeError::BadCharacter {
                position: 3,
                character: '+'
            })
        );
        assert_eq!(
            decode("Zé"),
            Err(DecodeError::BadCharacter {
                position: 1,
                character: 'é'
            })
        );
    }

    #[test]
    fn rejects_impossible_lengths_and_stray_bits() {
        assert_eq!(decode("Z"), Err(DecodeError::BadLength));
        assert_eq!(decode("Zm9vY"), Err(DecodeError::BadLength));
        // "Zh" carries the same byte as "Zg" plus a set padding bit.
        assert_eq!(decode("Zh"), Err(DecodeError::BadLength));
        // One character too many is refused by its count, even when all its bits are clear.
        assert_eq!(decode("A"), Err(DecodeError::BadLength));
        assert_eq!(decode("AAAAA"), Err(DecodeError::BadLength));
    }
}
