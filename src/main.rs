//! The assessment's page (index.html): intro, questions and results.

fn main() {
    tandem::ui::start::<tandem::ui::app::App>();
}
