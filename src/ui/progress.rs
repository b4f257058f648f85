//! How far through the questionnaire the visitor is.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub answered: usize,
    pub total: usize,
}

#[function_component]
pub fn Progress(props: &ProgressProps) -> Html {
    let percent = props.answered * 100 / props.total.max(1);
    html! {
        <div class="progress" data-testid="progress">
            <div class="progress-track" role="progressbar" aria-label="Answered"
                aria-valuemin="0" aria-valuemax={props.total.to_string()}
                aria-valuenow={props.answered.to_string()}
                aria-valuetext={format!("{} of {} answered", props.answered, props.total)}>
                // A rect's width is an attribute, not a style: a strict Content-Security-Policy
                // (style-src 'self') refuses style attributes.
                <svg class="progress-bar" focusable="false">
                    <rect class="progress-fill" width={format!("{percent}%")} height="100%" />
                </svg>
            </div>
        </div>
    }
}
