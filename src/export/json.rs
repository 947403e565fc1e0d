//! JSON: one array of objects, one object per row, keyed by the columns'
//! snake_case keys (the same in every language). Numbers are JSON numbers
//! written exactly as stored (`1234.5`, not a rounded float); an empty cell
//! is `null`; dates and moments are ISO strings. Text is written as it is:
//! JSON is read by programs, not spreadsheets.

use std::io::{self, Write};

use super::table::{Column, Sink, Value};

pub struct JsonSink<'w> {
    out: io::BufWriter<&'w mut dyn Write>,
    keys: Vec<&'static str>,
    rows: u64,
}

impl<'w> JsonSink<'w> {
    pub fn new(out: &'w mut dyn Write) -> JsonSink<'w> {
        JsonSink {
            out: io::BufWriter::with_capacity(64 * 1024, out),
            keys: Vec::new(),
            rows: 0,
        }
    }

    fn value(&mut self, value: &Value<'_>) -> io::Result<()> {
        match value {
            Value::Empty => self.out.write_all(b"null"),
            Value::Text(s) => {
                serde_json::to_writer(&mut self.out, s.as_ref()).map_err(io::Error::from)
            }
            Value::Date(d) => write!(self.out, "\"{}\"", d.format("%Y-%m-%d")),
            Value::Range(min, max) => {
                write!(self.out, "\"{}\"", Value::range_text(*min, *max, '.'))
            }
            Value::Timestamp(s) => serde_json::to_writer(&mut self.out, s).map_err(io::Error::from),
            number => {
                let plain = number.plain_number().unwrap_or_else(|| "null".into());
                self.out.write_all(plain.as_bytes())
            }
        }
    }
}

impl Sink for JsonSink<'_> {
    fn begin(&mut self, columns: &[Column]) -> io::Result<()> {
        self.keys = columns.iter().map(|c| c.key).collect();
        self.out.write_all(b"[")
    }

    fn row(&mut self, cells: &[Value<'_>]) -> io::Result<()> {
        self.out
            .write_all(if self.rows == 0 { b"\n{" } else { b",\n{" })?;
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            write!(self.out, "\"{}\":", self.keys[i])?;
            self.value(cell)?;
        }
        self.rows += 1;
        self.out.write_all(b"}")
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.write_all(b"\n]\n")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::number::Decimal;

    #[test]
    fn an_array_of_objects_with_typed_values() {
        let mut buf: Vec<u8> = Vec::new();
        {
            let mut sink = JsonSink::new(&mut buf);
            let columns = [
                Column::text("name", 10),
                Column::number("actual", 10),
                Column::date("since"),
            ];
            sink.begin(&columns).unwrap();
            let d = Decimal::parse_plain("-1234.5").unwrap();
            sink.row(&[Value::text("=\"x\"\n"), Value::Decimal(d), Value::Empty])
                .unwrap();
            sink.row(&[Value::Empty, Value::Empty, Value::Empty])
                .unwrap();
            sink.finish().unwrap();
        }
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v[0]["name"], "=\"x\"\n");
        assert_eq!(v[0]["actual"].as_f64(), Some(-1234.5));
        assert!(v[0]["since"].is_null());
        assert_eq!(v.as_array().unwrap().len(), 2);
        let mut empty: Vec<u8> = Vec::new();
        let mut sink = JsonSink::new(&mut empty);
        sink.begin(&[]).unwrap();
        sink.finish().unwrap();
        drop(sink);
        let v: serde_json::Value = serde_json::from_slice(&empty).unwrap();
        assert_eq!(v, serde_json::json!([]));
    }
}
