//! JSON written by hand for the public formats (the host page's events, the exported
//! data): a serializer would cost more of the download than these few lines.

/// `text` as a JSON string literal.
pub fn string(text: &str) -> String {
    let mut json = String::with_capacity(text.len() + 2);
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            c if (c as u32) < 0x20 => json += &format!("\\u{:04x}", c as u32),
            c => json.push(c),
        }
    }
    json.push('"');
    json
}

/// A JSON object written member by member, in order.
pub struct Object(String);

impl Object {
    pub fn new() -> Object {
        Object(String::from("{"))
    }

    /// A member whose value is already JSON.
    pub fn raw(&mut self, key: &str, value: &str) {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        self.0.push_str(&string(key));
        self.0.push(':');
        self.0.push_str(value);
    }

    pub fn string(&mut self, key: &str, value: &str) {
        self.raw(key, &string(value));
    }

    /// A member that is `null` when there is no value.
    pub fn optional_raw(&mut self, key: &str, value: Option<String>) {
        self.raw(key, value.as_deref().unwrap_or("null"));
    }

    pub fn optional_string(&mut self, key: &str, value: Option<&str>) {
        self.optional_raw(key, value.map(string));
    }

    pub fn end(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

impl Default for Object {
    fn default() -> Object {
        Object::new()
    }
}

/// The JSON array of `items`, each already JSON.
pub fn array(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(","))
}

#[cfg(test)]
mod tests {
    use super::{array, string, Object};

    #[test]
    fn strings_escape_quotes_backslashes_and_control_characters() {
        assert_eq!(string("plain ’text’"), "\"plain ’text’\"");
        assert_eq!(string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(string("line\nnext\u{1}"), r#""line\u000anext\u0001""#);
    }

    #[test]
    fn objects_and_arrays_keep_their_order() {
        let mut object = Object::new();
        object.string("b", "x");
        object.raw("a", "1");
        object.optional_raw("n", None);
        object.optional_string("s", Some("y"));
        assert_eq!(object.end(), r#"{"b":"x","a":1,"n":null,"s":"y"}"#);
        assert_eq!(Object::new().end(), "{}");
        assert_eq!(array(["1".to_owned(), "2".to_owned()].into_iter()), "[1,2]");
        assert_eq!(array(std::iter::empty()), "[]");
    }
}
