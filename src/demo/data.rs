//! The public data shipped in `assets/demo/` (see its SOURCE.md), embedded
//! at compile time and parsed once.

use std::sync::LazyLock;

use crate::domain::staff::Gender;

use super::DemoError;

const WILAYAH_FILE: &str = "wilayah_kemendagri_2025_banyumas.csv";
const NAMES_FILE: &str = "id_person_names.csv";
const TITLES_FILE: &str = "id_name_titles.csv";

const WILAYAH: &str = include_str!("../../assets/demo/wilayah_kemendagri_2025_banyumas.csv");
const NAMES: &str = include_str!("../../assets/demo/id_person_names.csv");
const TITLES: &str = include_str!("../../assets/demo/id_name_titles.csv");

/// A desa or kelurahan.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub name: String,
    /// Kelurahan (4th-level code starting with 1) rather than desa.
    pub kelurahan: bool,
}

/// A kecamatan with its desa and kelurahan, in code order.
#[derive(Debug, Clone)]
pub(crate) struct District {
    pub code: String,
    pub name: String,
    pub places: Vec<Place>,
}

impl District {
    pub fn kelurahan(&self) -> impl Iterator<Item = &Place> {
        self.places.iter().filter(|p| p.kelurahan)
    }
}

/// The kabupaten the demo government runs.
#[derive(Debug, Clone)]
pub(crate) struct Region {
    /// "Banyumas", without "Kabupaten".
    pub name: String,
    pub districts: Vec<District>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Names {
    pub male_first: Vec<String>,
    pub female_first: Vec<String>,
    pub male_last: Vec<String>,
    pub female_last: Vec<String>,
}

impl Names {
    pub fn first(&self, g: Gender) -> &[String] {
        match g {
            Gender::Male => &self.male_first,
            Gender::Female => &self.female_first,
        }
    }
    pub fn last(&self, g: Gender) -> &[String] {
        match g {
            Gender::Male => &self.male_last,
            Gender::Female => &self.female_last,
        }
    }
}

/// Gelar from the titles file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Titles {
    /// (title, gender or None for any).
    pub prefixes: Vec<(String, Option<Gender>)>,
    pub suffixes: Vec<String>,
}

impl Titles {
    pub fn has_prefix(&self, title: &str, g: Gender) -> bool {
        self.prefixes
            .iter()
            .any(|(t, pg)| t == title && pg.is_none_or(|pg| pg == g))
    }
    #[cfg(test)]
    pub fn has_suffix(&self, title: &str) -> bool {
        self.suffixes.iter().any(|t| t == title)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Data {
    pub region: Region,
    pub names: Names,
    pub titles: Titles,
}

static DATA: LazyLock<Result<Data, DemoError>> = LazyLock::new(|| {
    Ok(Data {
        region: parse_region(WILAYAH)?,
        names: parse_names(NAMES)?,
        titles: parse_titles(TITLES)?,
    })
});

/// The parsed embedded data.
pub(crate) fn data() -> Result<&'static Data, DemoError> {
    DATA.as_ref().map_err(Clone::clone)
}

fn bad(file: &'static str, problem: impl Into<String>) -> DemoError {
    DemoError::BadAsset {
        file,
        problem: problem.into(),
    }
}

/// Reads a CSV with a header into rows of exactly `columns` fields.
fn rows(file: &'static str, text: &str, columns: usize) -> Result<Vec<Vec<String>>, DemoError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| bad(file, e.to_string()))?;
        if rec.len() != columns {
            return Err(bad(
                file,
                format!("row {} has {} fields, not {columns}", i + 2, rec.len()),
            ));
        }
        out.push(rec.iter().map(str::to_string).collect());
    }
    Ok(out)
}

fn parse_region(text: &str) -> Result<Region, DemoError> {
    let f = WILAYAH_FILE;
    let mut kabupaten: Option<(String, String)> = None;
    let mut districts: Vec<District> = Vec::new();
    for row in rows(f, text, 3)? {
        let (code, name, level) = (&row[0], &row[1], row[2].as_str());
        let parts: Vec<&str> = code.split('.').collect();
        match (level, parts.len()) {
            ("kabupaten_kota", 2) => {
                if kabupaten.is_some() {
                    return Err(bad(f, "more than one kabupaten"));
                }
                let short = name.strip_prefix("Kabupaten ").unwrap_or(name);
                kabupaten = Some((code.clone(), short.to_string()));
            }
            ("kecamatan", 3) => {
                let parent = parts[..2].join(".");
                if kabupaten.as_ref().is_none_or(|(k, _)| *k != parent) {
                    return Err(bad(f, format!("kecamatan {code} outside the kabupaten")));
                }
                districts.push(District {
                    code: code.clone(),
                    name: name.clone(),
                    places: Vec::new(),
                });
            }
            ("desa_kelurahan", 4) => {
                let parent = parts[..3].join(".");
                let district = districts
                    .iter_mut()
                    .find(|d| d.code == parent)
                    .ok_or_else(|| bad(f, format!("{code} has no kecamatan")))?;
                let kelurahan = match parts[3].as_bytes().first() {
                    Some(b'1') => true,
                    Some(b'2') => false,
                    _ => return Err(bad(f, format!("{code} is neither desa nor kelurahan"))),
                };
                district.places.push(Place {
                    name: name.clone(),
                    kelurahan,
                });
            }
            _ => return Err(bad(f, format!("unexpected row {code} ({level})"))),
        }
    }
    let (_, name) = kabupaten.ok_or_else(|| bad(f, "no kabupaten row"))?;
    if districts.is_empty() || districts.iter().any(|d| d.places.is_empty()) {
        return Err(bad(f, "every kecamatan needs desa or kelurahan"));
    }
    Ok(Region { name, districts })
}

fn gender(file: &'static str, s: &str) -> Result<Option<Gender>, DemoError> {
    match s {
        "male" => Ok(Some(Gender::Male)),
        "female" => Ok(Some(Gender::Female)),
        "any" => Ok(None),
        other => Err(bad(file, format!("unknown gender {other:?}"))),
    }
}

fn parse_names(text: &str) -> Result<Names, DemoError> {
    let f = NAMES_FILE;
    let mut names = Names::default();
    for row in rows(f, text, 3)? {
        let list = match (row[1].as_str(), gender(f, &row[2])?) {
            ("first", Some(Gender::Male)) => &mut names.male_first,
            ("first", Some(Gender::Female)) => &mut names.female_first,
            ("last", Some(Gender::Male)) => &mut names.male_last,
            ("last", Some(Gender::Female)) => &mut names.female_last,
            _ => return Err(bad(f, format!("unexpected row {row:?}"))),
        };
        // The upstream list repeats a few names; keep each once.
        if !list.contains(&row[0]) {
            list.push(row[0].clone());
        }
    }
    if [
        &names.male_first,
        &names.female_first,
        &names.male_last,
        &names.female_last,
    ]
    .iter()
    .any(|l| l.is_empty())
    {
        return Err(bad(f, "a name list is empty"));
    }
    Ok(names)
}

fn parse_titles(text: &str) -> Result<Titles, DemoError> {
    let f = TITLES_FILE;
    let mut titles = Titles::default();
    for row in rows(f, text, 3)? {
        let g = gender(f, &row[2])?;
        match row[1].as_str() {
            "prefix" => titles.prefixes.push((row[0].clone(), g)),
            "suffix" => titles.suffixes.push(row[0].clone()),
            other => return Err(bad(f, format!("unknown position {other:?}"))),
        }
    }
    Ok(titles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banyumas_has_27_kecamatan_30_kelurahan_301_desa() {
        let d = data().unwrap();
        assert_eq!(d.region.name, "Banyumas");
        assert_eq!(d.region.districts.len(), 27);
        let places: Vec<&Place> = d.region.districts.iter().flat_map(|k| &k.places).collect();
        assert_eq!(places.iter().filter(|p| p.kelurahan).count(), 30);
        assert_eq!(places.iter().filter(|p| !p.kelurahan).count(), 301);
        assert_eq!(d.region.districts[0].name, "Lumbir");
        let sumpiuh = &d.region.districts[6];
        assert_eq!(sumpiuh.name, "Sumpiuh");
        let kel: Vec<&str> = sumpiuh.kelurahan().map(|p| p.name.as_str()).collect();
        assert_eq!(kel, ["Kebokura", "Sumpiuh", "Kradenan"]);
    }

    #[test]
    fn names_and_titles_parse() {
        let d = data().unwrap();
        assert!(d.names.male_first.len() > 400);
        assert!(d.names.female_first.len() > 200);
        assert!(d.titles.has_prefix("Hj.", Gender::Female));
        assert!(!d.titles.has_prefix("Hj.", Gender::Male));
        assert!(d.titles.has_suffix("S.Pd"));
    }

    #[test]
    fn broken_data_is_reported_with_the_file() {
        let e = parse_region("kode,nama,tingkat\n33.02.01,X,kecamatan\n").unwrap_err();
        assert!(e.to_string().contains(WILAYAH_FILE), "{e}");
        let e = parse_names("name,part,gender\nBudi,first,robot\n").unwrap_err();
        assert!(e.to_string().contains("robot"), "{e}");
    }
}
