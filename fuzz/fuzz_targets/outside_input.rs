//! Every parser of outside input, fed arbitrary text: result tokens (exact and as
//! pasted), the URL fragment router, and stored progress. None may panic or hang;
//! whatever opens must re-encode to a token that opens to the same answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem::assessment::link::{decode, decode_pasted, encode};
use tandem::assessment::progress;
use tandem::content::{BANKS, CURRENT};
use tandem::ui::route::Route;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for opened in [decode(&text, &BANKS), decode_pasted(&text, &BANKS)] {
        match opened {
            Ok((bank, answers)) => {
                let token = encode(bank, &answers);
                assert_eq!(decode(&token, &BANKS).map(|(_, a)| a), Ok(answers));
            }
            Err(error) => assert!(!error.to_string().is_empty()),
        }
    }
    let route = Route::parse(&text);
    if route != Route::Unknown {
        assert_eq!(Route::parse(&route.fragment()), route);
    }
    if let Some(draft) = progress::restore(&text, &CURRENT) {
        assert_eq!(progress::restore(&progress::save(&CURRENT, &draft), &CURRENT), Some(draft));
    }
});
