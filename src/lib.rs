//! Tandem: a sales and marketing alignment assessment that runs entirely in the browser.

pub mod assessment;
pub mod content;
pub mod ui;
