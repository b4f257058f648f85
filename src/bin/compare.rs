//! The comparison page (compare.html): results side by side.

fn main() {
    tandem::ui::start::<tandem::ui::compare_page::ComparePage>();
}
