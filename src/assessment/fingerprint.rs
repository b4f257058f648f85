//! FNV-1a, 64 bits: a fingerprint of the bank text that `build.rs` writes into the
//! program and the text file, so a page refuses a file from another build or one
//! damaged on the way. Not a defence against forgery: the file comes from the same
//! host as the program that reads it.

pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
