//! JSON written and read by hand for the public formats (the host page's events, the
//! exported data, lists of results): a serializer would cost more of the download than
//! these few lines.
//!
//! The reader is strict RFC 8259 JSON: no comments, no trailing commas, nothing after the
//! value, no key twice in one object, arrays and objects nested at most [`MAX_DEPTH`]
//! deep (so a hostile file cannot exhaust the stack).

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

/// How deep arrays and objects may nest; the formats need three levels.
pub const MAX_DEPTH: usize = 32;

/// A JSON value as read. A number keeps its text, checked against JSON's grammar:
/// reading it as a float would bring the float parser into the download, and the
/// formats hold only whole numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Members in the order written.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member named `key`, if this is an object that has one.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The text ends inside a value: cut short.
    End,
    /// A byte JSON does not allow there, counted from 0.
    Unexpected { at: usize },
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// An object names this key twice: readers differ on which one counts.
    RepeatedKey(String),
}

/// The one JSON value `text` holds, with nothing but whitespace around it.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    if reader.at < text.len() {
        return Err(reader.unexpected());
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    /// The next byte to read.
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn next(&mut self) -> Result<u8, ParseError> {
        let byte = self.peek().ok_or(ParseError::End)?;
        self.at += 1;
        Ok(byte)
    }

    /// The byte just read is wrong.
    fn unexpected_last(&self) -> ParseError {
        ParseError::Unexpected { at: self.at - 1 }
    }

    fn unexpected(&self) -> ParseError {
        ParseError::Unexpected { at: self.at }
    }

    fn expect(&mut self, wanted: u8) -> Result<(), ParseError> {
        if self.next()? != wanted {
            return Err(self.unexpected_last());
        }
        Ok(())
    }

    /// Reads `wanted` if it comes next.
    fn eat(&mut self, wanted: u8) -> bool {
        let found = self.peek() == Some(wanted);
        self.at += usize::from(found);
        found
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// A value inside `depth` arrays and objects.
    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.skip_whitespace();
        match self.peek().ok_or(ParseError::End)? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Value::String),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'n' => self.literal("null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(self.unexpected()),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        let rest = &self.text.as_bytes()[self.at..];
        if rest.starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else if word.as_bytes().starts_with(rest) {
            Err(ParseError::End)
        } else {
            Err(self.unexpected())
        }
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        self.eat(b'-');
        // No leading zeros: `0` stands alone.
        if self.next()? != b'0' {
            self.at -= 1;
            self.digits()?;
        }
        if self.eat(b'.') {
            self.digits()?;
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            self.digits()?;
        }
        Ok(Value::Number(self.text[start..self.at].to_owned()))
    }

    /// One or more digits.
    fn digits(&mut self) -> Result<(), ParseError> {
        if !self.next()?.is_ascii_digit() {
            return Err(self.unexpected_last());
        }
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        Ok(())
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.expect(b'"')?;
        let mut string = String::new();
        loop {
            let run = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            // The run stops only at an ASCII byte or the end, both character boundaries.
            string.push_str(&self.text[run..self.at]);
            match self.next()? {
                b'"' => return Ok(string),
                b'\\' => string.push(self.escape()?),
                _ => return Err(self.unexpected_last()),
            }
        }
    }

    /// The character an escape after `\` stands for.
    fn escape(&mut self) -> Result<char, ParseError> {
        Ok(match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => return Err(self.unexpected_last()),
        })
    }

    /// After `\u`: four hex digits, or a surrogate pair written as two escapes.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let escape = ParseError::Unexpected { at: self.at - 2 };
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                self.expect(b'\\')?;
                self.expect(b'u')?;
                match self.hex4()? {
                    low @ 0xDC00..=0xDFFF => 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00),
                    _ => return Err(escape),
                }
            }
            _ => first,
        };
        // A low surrogate alone is no character.
        char::from_u32(code).ok_or(escape)
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = char::from(self.next()?).to_digit(16);
            code = code * 16 + digit.ok_or_else(|| self.unexpected_last())?;
        }
        Ok(code)
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(ParseError::TooDeep);
        }
        self.at += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_whitespace();
            match self.next()? {
                b',' => {}
                b']' => return Ok(Value::Array(items)),
                _ => return Err(self.unexpected_last()),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(ParseError::TooDeep);
        }
        self.at += 1;
        let mut members = Vec::new();
        self.skip_whitespace();
        if !self.eat(b'}') {
            loop {
                self.skip_whitespace();
                let key = self.string()?;
                self.skip_whitespace();
                self.expect(b':')?;
                members.push((key, self.value(depth)?));
                self.skip_whitespace();
                match self.next()? {
                    b',' => {}
                    b'}' => break,
                    _ => return Err(self.unexpected_last()),
                }
            }
        }
        // Sorted, so a file of many keys costs n log n rather than n².
        let mut keys: Vec<&String> = members.iter().map(|(key, _)| key).collect();
        keys.sort_unstable();
        if let Some(pair) = keys.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(ParseError::RepeatedKey(pair[0].clone()));
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::{array, parse, string, Object, ParseError, Value, MAX_DEPTH};

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

    fn text(value: &str) -> Value {
        Value::String(value.to_owned())
    }

    #[test]
    fn values_of_every_kind_read_with_members_in_order() {
        let read = parse(" {\"b\": [1, -0.5e+3, true, false, null], \"a\": {}, \"c\": []}\n");
        let expected = Value::Object(vec![
            (
                "b".to_owned(),
                Value::Array(vec![
                    Value::Number("1".to_owned()),
                    Value::Number("-0.5e+3".to_owned()),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                ]),
            ),
            ("a".to_owned(), Value::Object(vec![])),
            ("c".to_owned(), Value::Array(vec![])),
        ]);
        assert_eq!(read, Ok(expected));
        let object = read.unwrap();
        assert_eq!(object.get("a"), Some(&Value::Object(vec![])));
        assert_eq!(object.get("z"), None);
        assert_eq!(text("a").get("a"), None);
        assert_eq!(parse("0"), Ok(Value::Number("0".to_owned())));
        assert_eq!(parse("1E9"), Ok(Value::Number("1E9".to_owned())));
    }

    #[test]
    fn string_escapes_read_as_the_characters_they_stand_for() {
        assert_eq!(
            parse(r#""\"\\\/\b\f\n\r\t""#),
            Ok(text("\"\\/\u{8}\u{c}\n\r\t"))
        );
        assert_eq!(parse(r#""\u00e9\u00C9 ’""#), Ok(text("éÉ ’")));
        assert_eq!(parse(r#""\ud83d\ude42 \uD83D\uDE42""#), Ok(text("🙂 🙂")));
        assert_eq!(parse(r#""\u0000""#), Ok(text("\0")));
    }

    #[test]
    fn broken_escapes_are_refused_where_they_start() {
        let at = |at| Err(ParseError::Unexpected { at });
        assert_eq!(parse(r#""\x""#), at(2));
        assert_eq!(parse(r#""\u12G4""#), at(5));
        assert_eq!(parse(r#""ab\ude42""#), at(3), "a low surrogate alone");
        assert_eq!(parse(r#""\ud83d""#), at(7), "a high surrogate alone");
        assert_eq!(parse(r#""\ud83dx""#), at(7));
        assert_eq!(
            parse(r#""\ud83d\u0041""#),
            at(1),
            "a high surrogate before no low one"
        );
        assert_eq!(parse("\"a\u{1}\""), at(2), "a control character unescaped");
        assert_eq!(parse("\"tab\t\""), at(4));
    }

    #[test]
    fn text_that_ends_inside_a_value_is_cut_short() {
        for cut in [
            "",
            " ",
            "{",
            "[1,",
            "{\"a\"",
            "{\"a\":",
            "\"ab",
            "\"\\",
            "\"\\u12",
            "tr",
            "nul",
            "-",
            "1.",
            "1e",
            "1e+",
            "[{\"a\":[",
        ] {
            assert_eq!(parse(cut), Err(ParseError::End), "{cut:?}");
        }
    }

    #[test]
    fn malformed_json_is_refused_at_the_first_wrong_byte() {
        for (json, at) in [
            ("{,}", 1),
            ("{\"a\":1,}", 7),
            ("[1,]", 3),
            ("[1 2]", 3),
            ("{\"a\" 1}", 5),
            ("{a:1}", 1),
            ("{'a':1}", 1),
            ("01", 1),
            ("-a", 1),
            ("1.e5", 2),
            ("+1", 0),
            (".5", 0),
            ("truth", 0),
            ("True", 0),
            ("[1] [2]", 4),
            ("{} x", 3),
            ("1 // no comments", 2),
            ("\u{feff}{}", 0),
        ] {
            assert_eq!(parse(json), Err(ParseError::Unexpected { at }), "{json:?}");
        }
    }

    #[test]
    fn a_key_twice_in_one_object_is_refused() {
        assert_eq!(
            parse(r#"{"a":1,"b":2,"a":3}"#),
            Err(ParseError::RepeatedKey("a".to_owned()))
        );
        assert!(parse(r#"{"a":{"a":1},"b":[{"a":2}]}"#).is_ok());
    }

    #[test]
    fn nesting_stops_at_the_depth_limit() {
        let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(parse(&nested(MAX_DEPTH + 1)), Err(ParseError::TooDeep));
        let objects = "{\"a\":".repeat(MAX_DEPTH + 1) + "1" + &"}".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&objects), Err(ParseError::TooDeep));
        // Far deeper than any stack would survive by recursion alone.
        assert_eq!(parse(&"[".repeat(1_000_000)), Err(ParseError::TooDeep));
    }
}
