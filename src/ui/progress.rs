//! How far through the questionnaire the visitor is.

use yew::prelude::*;

/// The bar of `answered` out of `total` questions. A plain function, not a component:
/// it holds no state, and each component costs the WASM its own copy of Yew's lifecycle.
pub fn progress(answered: usize, total: usize) -> Html {
    let percent = answered * 100 / total.max(1);
    html! {
        <div class="progress" data-testid="progress">
            <div class="progress-track" role="progressbar" aria-label="Answered"
                aria-valuemin="0" aria-valuemax={total.to_string()}
                aria-valuenow={answered.to_string()}
                aria-valuetext={format!("{} of {} answered", answered, total)}>
                // A rect's width is an attribute, not a style: a strict Content-Security-Policy
                // (style-src 'self') refuses style attributes.
                <svg class="progress-bar" focusable="false">
                    <rect class="progress-fill" width={format!("{percent}%")} height="100%" />
                </svg>
            </div>
        </div>
    }
}
