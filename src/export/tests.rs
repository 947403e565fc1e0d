//! The formats without a database.

use super::table::Sink;
use super::xlsx::XlsxSink;

#[test]
fn a_full_sheet_continues_on_the_next() {
    use super::table::{Column, Value};
    crate::i18n::set_lang(crate::i18n::Lang::Id);
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut sink = XlsxSink::with_max_rows(&mut buf, "Realisasi", 2);
        sink.begin(&[Column::text("nip", 20), Column::number("actual", 10)])
            .unwrap();
        for n in 0..5 {
            sink.row(&[Value::text("x"), Value::Int(n)]).unwrap();
        }
        sink.finish().unwrap();
    }
    use calamine::Reader;
    buf.set_position(0);
    let mut book = calamine::Xlsx::new(buf).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Realisasi", "Realisasi (2)", "Realisasi (3)"]
    );
    let last = book.worksheet_range("Realisasi (3)").unwrap();
    assert_eq!(last.get_size(), (2, 2), "the header and the fifth row");
    assert_eq!(
        last.get_value((0, 0)),
        Some(&calamine::Data::String("NIP".into()))
    );
    assert_eq!(last.get_value((1, 1)), Some(&calamine::Data::Float(4.0)));
}
