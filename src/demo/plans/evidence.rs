//! Bukti dukung and umpan balik of the demo actuals.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::{DemoRole, Person, Sector, UnitKind};
use crate::domain::period::Quarter;

/// Bukti dukung as operators write it: a report, a system, or a
/// document number (klasifikasi/nomor/tahun).
pub(super) fn evidence(rng: &mut ChaCha8Rng, y: i32, p: &Person, q: Quarter) -> String {
    if rng.random_bool(0.04) {
        return String::new();
    }
    let r = q.roman();
    let m = ["Maret", "Juni", "September", "Desember"][q.number() as usize - 1];
    let n = rng.random_range(1..1000);
    let code = class_code(p.profile.sector);
    let kind = rng.random_range(0..4);
    let health_centre = p.profile.sector == Sector::Health
        && p.profile.unit_kind == UnitKind::ServiceUnit
        && !p.hospital;
    if p.hospital {
        match kind {
            0 => format!("SIMRS triwulan {r} {y}"),
            1 => format!("Laporan indikator mutu bulan {m} {y}"),
            2 => format!("Rekapitulasi rekam medis triwulan {r} {y}"),
            _ => format!("Nota Dinas 445/{n}/{y}"),
        }
    } else if health_centre {
        match kind {
            0 => format!("SIMPUS triwulan {r} {y}"),
            1 => format!("Laporan PWS KIA bulan {m} {y}"),
            2 => format!("Register kohort bulan {m} {y}"),
            _ => format!("Laporan bulanan ND 440/{n}/{y}"),
        }
    } else if p.profile.unit_kind == UnitKind::School {
        match (kind, p.profile.role) {
            (0, DemoRole::Teacher) => format!("Jurnal mengajar bulan {m} {y}"),
            (1, DemoRole::Teacher) => format!("Daftar nilai triwulan {r} {y}"),
            (0 | 1, _) => format!("ARKAS, laporan triwulan {r} {y}"),
            (2, _) => format!("Dapodik, sinkronisasi bulan {m} {y}"),
            _ => format!("Laporan kepala sekolah 421/{n}/{y}"),
        }
    } else {
        match (kind, system(p.profile.sector)) {
            (0, Some(sys)) => format!("{sys} triwulan {r} {y}"),
            (0, None) => format!("Laporan triwulan {r} {y}"),
            (1, _) => format!("Nota Dinas {code}/{n}/{y}"),
            (2, _) => format!("Berita acara {code}/{n}/{y}"),
            _ => format!("Laporan bulanan ND {code}/{n}/{y}"),
        }
    }
}

/// The supervisor's feedback on an actual of capaian `c` (1.0 = 100 %):
/// often on a low one, rarely on a good one, mostly none.
pub(super) fn feedback(rng: &mut ChaCha8Rng, c: f64) -> String {
    let list: &[&str] = if c < 0.8 && rng.random_bool(0.4) {
        &FEEDBACK_LOW
    } else if c >= 0.8 && rng.random_bool(0.03) {
        &FEEDBACK_GOOD
    } else {
        return String::new();
    };
    list[rng.random_range(0..list.len())].to_string()
}

const FEEDBACK_LOW: [&str; 3] = [
    "Capaian di bawah target; susun langkah percepatan untuk triwulan berikutnya.",
    "Realisasi belum sesuai target. Koordinasikan kendalanya dengan atasan langsung.",
    "Bukti dukung belum lengkap; lengkapi sebelum evaluasi periodik.",
];
const FEEDBACK_GOOD: [&str; 3] = [
    "Kinerja sudah baik, pertahankan.",
    "Capaian melampaui target; dokumentasikan praktik baiknya.",
    "Sesuai ekspektasi. Lanjutkan.",
];

/// The information system a sector reports from, if it has one.
fn system(sector: Sector) -> Option<&'static str> {
    use Sector::*;
    Some(match sector {
        Social => "SIKS-NG",
        CivilRegistry => "SIAK",
        Personnel => "SIASN",
        Finance | Planning => "SIPD",
        Investment => "OSS",
        Education => "Dapodik",
        _ => return None,
    })
}

/// The filing code (kode klasifikasi arsip) of a sector's letters.
fn class_code(sector: Sector) -> &'static str {
    use Sector::*;
    match sector {
        Education => "420",
        Health => "440",
        Social => "460",
        PublicWorks => "600",
        Transport => "550",
        Environment => "660",
        Finance => "900",
        Revenue => "970",
        Personnel => "800",
        Planning => "050",
        Supervision => "700",
        Legislature => "170",
        GeneralAdministration => "000",
        Legal => "180",
        CivilRegistry => "470",
        Investment => "503",
        Agriculture => "520",
        Fisheries => "523",
        Communication => "555",
        PublicOrder => "300",
        DisasterManagement => "360",
        NationalUnity => "200",
        VillageDevelopment => "410",
        FamilyWelfare => "476",
        Trade => "510",
        Cooperatives => "518",
        Manpower => "560",
        YouthSportsTourismCulture => "556",
        Housing => "648",
        LibraryArchives => "045",
        Territorial => "100",
    }
}
