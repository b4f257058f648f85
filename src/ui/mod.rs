//! The thin web layer: components render state and turn events into actions; the
//! effects (address bar, storage, panic fallback) sit at the edge in modules of their own.

pub mod app;
mod chart;
mod compare;
mod curve;
pub mod focus;
pub mod geometry;
pub mod intro;
pub mod journey;
mod keys;
mod location;
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
mod whose;
