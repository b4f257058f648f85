//! The thin web layer: components render state and turn events into actions; the
//! effects (address bar, storage, panic fallback) sit at the edge in modules of their own.

pub mod app;
pub mod bank_text;
mod brand;
mod chart;
mod compare;
mod compare_files;
pub mod compare_page;
pub mod comparing;
mod curve;
pub mod focus;
pub mod host;
mod in_step;
pub mod intro;
mod invite;
pub mod journey;
mod keys;
pub mod location;
pub mod memo;
mod notice;
pub mod panic;
mod profile;
mod progress;
pub mod question;
pub mod results;
pub mod route;
mod share;
mod storage;
mod voice;
pub mod whose;

/// Starts a page's root component in its `#app` element, in place of the HTML the
/// page shows until the program is ready.
pub fn start<Root: yew::BaseComponent<Properties = ()>>() {
    panic::install_hook();
    let give_up_at = js_sys::Date::now() + 300.0;
    once_first_screen_painted(0, give_up_at, || {
        let root = gloo::utils::document()
            .get_element_by_id("app")
            .expect("the page has an #app element");
        root.set_inner_html("");
        yew::Renderer::<Root>::with_root(root).render();
    });
}

/// Runs `then` in a task `delay` ms on, once the page's own first screen has been
/// recorded as painted (the start-up script marks that), or at `give_up_at` where
/// nothing is painted (a hidden tab, a frame out of view). Replaced sooner, the browser
/// drops that screen as the largest paint and waits for the app's copy of it: LCP came
/// up to 350 ms after FCP. Never in the task that instantiated the program: two shorter
/// tasks leave the page free to take input in between.
fn once_first_screen_painted(delay: u32, give_up_at: f64, then: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(delay, move || {
        let painted = gloo::utils::document_element().has_attribute("data-painted");
        if painted || js_sys::Date::now() >= give_up_at {
            then();
        } else {
            once_first_screen_painted(16, give_up_at, then);
        }
    })
    .forget();
}
