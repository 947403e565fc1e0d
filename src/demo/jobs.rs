//! The jabatan held by the members of each kind of unit, with how common
//! each is, the education it needs, its gelar and its share of women.

use super::names::Style;
use super::people::{Edu, Job, Track};
use super::{DemoRole, Sector};

const fn job(
    role: DemoRole,
    track: Track,
    name: &'static str,
    edu: &'static [(Edu, u32)],
    style: Style,
    female: u32,
) -> Job {
    Job {
        role,
        track,
        name,
        edu,
        style,
        female,
    }
}

use DemoRole::{Doctor, HealthWorker, Midwife, Nurse, Specialist, Staff, Teacher};
use Track::{Executor, Expert, Skilled};

const SMA: &[(Edu, u32)] = &[(Edu::Sma, 1)];
const SMA_D3: &[(Edu, u32)] = &[(Edu::Sma, 60), (Edu::D3, 40)];
const D3: &[(Edu, u32)] = &[(Edu::D3, 1)];
const D3_S1: &[(Edu, u32)] = &[(Edu::D3, 40), (Edu::S1, 60)];
const S1: &[(Edu, u32)] = &[(Edu::S1, 85), (Edu::S2, 15)];
const S1_ONLY: &[(Edu, u32)] = &[(Edu::S1, 1)];
const PROF: &[(Edu, u32)] = &[(Edu::Prof, 85), (Edu::S2, 15)];
const SPECIALIST: &[(Edu, u32)] = &[(Edu::S2, 1)];
const TEACHER_EDU: &[(Edu, u32)] = &[(Edu::S1, 93), (Edu::S2, 7)];
const MIDWIFE_HIGH: &[(Edu, u32)] = &[(Edu::D4, 60), (Edu::Prof, 40)];

const G: Style = Style::General;

/// Jobs found in every office, whatever the sector.
#[rustfmt::skip]
pub(crate) const OFFICE_COMMON: &[(Job, u32)] = &[
    (job(Staff, Executor, "Pengadministrasi Perkantoran", SMA_D3, G, 50), 20),
    (job(Staff, Executor, "Penata Layanan Operasional", S1, G, 45), 12),
    (job(Staff, Executor, "Pengolah Data dan Informasi", D3_S1, G, 45), 10),
    (job(Staff, Executor, "Pengelola Keuangan", D3_S1, G, 55), 6),
    (job(Staff, Executor, "Pengadministrasi Umum", SMA, G, 45), 6),
    (job(Staff, Executor, "Operator Layanan Operasional", SMA_D3, G, 35), 6),
    (job(Staff, Executor, "Penelaah Teknis Kebijakan", S1, G, 45), 8),
    (job(Staff, Executor, "Pengemudi", SMA, G, 3), 3),
    (job(Specialist, Expert, "Analis Kebijakan", S1, G, 45), 3),
    (job(Specialist, Expert, "Arsiparis", S1, G, 60), 2),
    (job(Specialist, Skilled, "Pranata Komputer", D3, G, 35), 2),
    (job(Specialist, Expert, "Perencana", S1, G, 45), 2),
];

/// A `&'static` list of jobs (const fn calls are not promoted otherwise).
macro_rules! jobs {
    ($($item:expr),* $(,)?) => {{
        const JOBS: &[(Job, u32)] = &[$($item),*];
        JOBS
    }};
}

/// Jobs typical of one sector, mixed with [`OFFICE_COMMON`].
#[rustfmt::skip]
pub(crate) fn sector_jobs(sector: Sector) -> &'static [(Job, u32)] {
    use Sector::*;
    match sector {
        Personnel => jobs![
            (job(Specialist, Expert, "Analis Sumber Daya Manusia Aparatur", S1, G, 55), 25),
            (job(Specialist, Expert, "Asesor Sumber Daya Manusia Aparatur", S1, G, 50), 3),
            (job(Staff, Executor, "Pengelola Data Kepegawaian", D3_S1, G, 50), 8),
        ],
        Finance => jobs![
            (job(Specialist, Expert, "Analis Keuangan Pusat dan Daerah", S1, G, 55), 15),
            (job(Staff, Executor, "Bendahara", D3_S1, G, 60), 5),
            (job(Staff, Executor, "Pengelola Barang Milik Daerah", D3_S1, G, 40), 5),
        ],
        Revenue => jobs![
            (job(Staff, Executor, "Pengelola Pajak dan Retribusi Daerah", D3_S1, G, 45), 15),
            (job(Specialist, Expert, "Analis Keuangan Pusat dan Daerah", S1, G, 50), 5),
        ],
        Planning => jobs![
            (job(Specialist, Expert, "Perencana", S1, G, 50), 25),
            (job(Specialist, Expert, "Peneliti", S1, G, 45), 3),
            (job(Specialist, Expert, "Statistisi", S1, G, 50), 3),
        ],
        Supervision => jobs![
            (job(Specialist, Expert, "Auditor", S1, G, 50), 25),
            (job(Specialist, Expert, "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", S1, G, 45), 15),
        ],
        Legislature => jobs![
            (job(Specialist, Expert, "Analis Hukum", S1, G, 50), 6),
            (job(Specialist, Expert, "Perancang Peraturan Perundang-undangan", S1, G, 50), 4),
            (job(Specialist, Expert, "Pranata Hubungan Masyarakat", S1, G, 50), 4),
            (job(Staff, Executor, "Pengelola Rapat dan Persidangan", D3_S1, G, 45), 6),
        ],
        Legal => jobs![
            (job(Specialist, Expert, "Perancang Peraturan Perundang-undangan", S1, G, 50), 10),
            (job(Specialist, Expert, "Analis Hukum", S1, G, 50), 10),
            (job(Specialist, Expert, "Penyuluh Hukum", S1, G, 45), 3),
        ],
        GeneralAdministration => jobs![
            (job(Specialist, Expert, "Analis Kebijakan", S1, G, 45), 8),
            (job(Specialist, Expert, "Pengelola Pengadaan Barang/Jasa", S1, G, 40), 4),
            (job(Specialist, Expert, "Pranata Hubungan Masyarakat", S1, G, 50), 3),
            (job(Staff, Executor, "Pengelola Rumah Tangga", SMA_D3, G, 40), 5),
        ],
        Education => jobs![
            (job(Specialist, Expert, "Pengawas Sekolah", S1, Style::Teacher, 45), 15),
            (job(Specialist, Expert, "Penilik", S1, Style::Teacher, 50), 5),
            (job(Staff, Executor, "Pengelola Data Pendidikan", D3_S1, G, 50), 6),
        ],
        Health => jobs![
            (job(Specialist, Expert, "Epidemiolog Kesehatan", S1, Style::Health("A.Md.Kes.", "S.KM"), 60), 5),
            (job(Specialist, Expert, "Administrator Kesehatan", S1, Style::Health("A.Md.Kes.", "S.KM"), 55), 8),
            (job(HealthWorker, Expert, "Penyuluh Kesehatan Masyarakat", S1, Style::Health("A.Md.Kes.", "S.KM"), 60), 5),
            (job(HealthWorker, Expert, "Apoteker", PROF, Style::Pharmacist, 70), 3),
            (job(HealthWorker, Skilled, "Sanitarian", D3, Style::Health("A.Md.KL", "S.KM"), 50), 3),
        ],
        Social => jobs![
            (job(Specialist, Expert, "Pekerja Sosial", S1, G, 55), 15),
            (job(Specialist, Expert, "Penyuluh Sosial", S1, G, 50), 6),
        ],
        PublicWorks => jobs![
            (job(Specialist, Expert, "Teknik Jalan dan Jembatan", S1, G, 15), 10),
            (job(Specialist, Expert, "Teknik Pengairan", S1, G, 15), 8),
            (job(Specialist, Expert, "Teknik Tata Bangunan dan Perumahan", S1, G, 25), 6),
            (job(Specialist, Expert, "Penata Ruang", S1, G, 30), 4),
            (job(Staff, Executor, "Pengelola Jaringan Irigasi", SMA_D3, G, 5), 6),
            (job(Staff, Executor, "Operator Alat Berat", SMA, G, 2), 4),
        ],
        Transport => jobs![
            (job(Specialist, Skilled, "Penguji Kendaraan Bermotor", D3, G, 15), 10),
            (job(Staff, Executor, "Pengatur Lalu Lintas Jalan", SMA, G, 15), 10),
            (job(Staff, Executor, "Pengelola Terminal", SMA_D3, G, 20), 4),
        ],
        Environment => jobs![
            (job(Specialist, Expert, "Pengendali Dampak Lingkungan", S1, G, 40), 8),
            (job(Specialist, Expert, "Pengawas Lingkungan Hidup", S1, G, 35), 5),
            (job(Staff, Executor, "Operator Pengelolaan Sampah", SMA, G, 10), 12),
            (job(Staff, Executor, "Petugas Pertamanan", SMA, G, 20), 6),
            (job(Staff, Executor, "Pengemudi", SMA, G, 2), 6),
        ],
        CivilRegistry => jobs![
            (job(Specialist, Expert, "Administrator Database Kependudukan", S1, G, 45), 10),
            (job(Specialist, Skilled, "Administrator Database Kependudukan", D3, G, 45), 5),
            (job(Staff, Executor, "Operator Layanan Kependudukan", SMA_D3, G, 55), 12),
        ],
        Investment => jobs![
            (job(Staff, Executor, "Penata Layanan Perizinan", S1, G, 50), 12),
            (job(Specialist, Expert, "Analis Kebijakan", S1, G, 45), 4),
        ],
        Agriculture => jobs![
            (job(Specialist, Expert, "Penyuluh Pertanian", S1, G, 35), 20),
            (job(Specialist, Skilled, "Penyuluh Pertanian", D3, G, 30), 10),
            (job(Specialist, Expert, "Pengendali Organisme Pengganggu Tumbuhan", S1, G, 30), 4),
            (job(Specialist, Expert, "Medik Veteriner", S1_ONLY, Style::Vet, 45), 3),
            (job(Specialist, Skilled, "Paramedik Veteriner", D3, G, 30), 3),
        ],
        Fisheries => jobs![
            (job(Specialist, Expert, "Penyuluh Perikanan", S1, G, 30), 15),
            (job(Specialist, Expert, "Pengawas Perikanan", S1, G, 25), 5),
        ],
        Communication => jobs![
            (job(Specialist, Expert, "Pranata Komputer", S1, G, 30), 8),
            (job(Specialist, Skilled, "Pranata Komputer", D3, G, 30), 8),
            (job(Specialist, Expert, "Pranata Hubungan Masyarakat", S1, G, 55), 8),
            (job(Specialist, Expert, "Statistisi", S1, G, 50), 4),
            (job(Specialist, Expert, "Sandiman", S1, G, 30), 4),
        ],
        PublicOrder => jobs![
            (job(Specialist, Skilled, "Polisi Pamong Praja", SMA_D3, G, 20), 30),
            (job(Specialist, Expert, "Polisi Pamong Praja", S1, G, 20), 8),
            (job(Staff, Executor, "Petugas Pemadam Kebakaran", SMA, G, 3), 10),
        ],
        DisasterManagement => jobs![
            (job(Specialist, Expert, "Penata Penanggulangan Bencana", S1, G, 30), 10),
            (job(Staff, Executor, "Operator Pusat Pengendalian Operasi", SMA_D3, G, 25), 5),
        ],
        NationalUnity => jobs![(job(Specialist, Expert, "Analis Kebijakan", S1, G, 45), 8)],
        VillageDevelopment => jobs![(job(Specialist, Expert, "Penggerak Swadaya Masyarakat", S1, G, 45), 10),],
        FamilyWelfare => jobs![
            (job(Specialist, Expert, "Penyuluh Keluarga Berencana", S1, G, 65), 20),
            (job(Specialist, Expert, "Penata Kependudukan dan Keluarga Berencana", S1, G, 60), 5),
        ],
        Trade => jobs![
            (job(Specialist, Skilled, "Penera", D3, G, 25), 5),
            (job(Specialist, Expert, "Pengawas Perdagangan", S1, G, 40), 5),
            (job(Staff, Executor, "Pengelola Pasar", SMA_D3, G, 35), 8),
        ],
        Cooperatives => jobs![(job(Specialist, Expert, "Pengawas Koperasi", S1, G, 45), 8)],
        Manpower => jobs![
            (job(Specialist, Expert, "Mediator Hubungan Industrial", S1, G, 40), 6),
            (job(Specialist, Expert, "Pengantar Kerja", S1, G, 50), 8),
            (job(Specialist, Expert, "Instruktur", S1, G, 30), 5),
        ],
        YouthSportsTourismCulture => jobs![
            (job(Specialist, Expert, "Pamong Budaya", S1, G, 45), 5),
            (job(Specialist, Expert, "Adyatama Kepariwisataan dan Ekonomi Kreatif", S1, G, 50), 5),
            (job(Staff, Executor, "Pengelola Sarana Olahraga", SMA_D3, G, 20), 4),
        ],
        Housing => jobs![
            (job(Specialist, Expert, "Teknik Tata Bangunan dan Perumahan", S1, G, 25), 8),
            (job(Specialist, Expert, "Penata Ruang", S1, G, 30), 3),
        ],
        LibraryArchives => jobs![
            (job(Specialist, Expert, "Pustakawan", S1, G, 65), 10),
            (job(Specialist, Skilled, "Pustakawan", D3, G, 65), 6),
            (job(Specialist, Expert, "Arsiparis", S1, G, 60), 10),
            (job(Specialist, Skilled, "Arsiparis", D3, G, 60), 5),
        ],
        Territorial => jobs![
            (job(Specialist, Skilled, "Polisi Pamong Praja", SMA_D3, G, 15), 4),
            (job(Specialist, Expert, "Penggerak Swadaya Masyarakat", S1, G, 45), 3),
            (job(Staff, Executor, "Pengelola Layanan Kependudukan", SMA_D3, G, 55), 6),
        ],
    }
}

const NURSE: Style = Style::Nurse;

/// Members of a UPT Puskesmas.
#[rustfmt::skip]
pub(crate) const HEALTH_CENTRE: &[(Job, u32)] = &[
    (job(Doctor, Expert, "Dokter", PROF, Style::Doctor, 60), 10),
    (job(Doctor, Expert, "Dokter Gigi", PROF, Style::Dentist, 70), 3),
    (job(Nurse, Skilled, "Perawat", D3, NURSE, 70), 20),
    (job(Nurse, Expert, "Perawat", PROF, NURSE, 70), 10),
    (job(Midwife, Skilled, "Bidan", D3, Style::Midwife, 100), 22),
    (job(Midwife, Expert, "Bidan", MIDWIFE_HIGH, Style::Midwife, 100), 6),
    (job(HealthWorker, Skilled, "Pranata Laboratorium Kesehatan", D3, Style::Health("A.Md.AK", "S.KM"), 70), 4),
    (job(HealthWorker, Expert, "Apoteker", PROF, Style::Pharmacist, 75), 2),
    (job(HealthWorker, Skilled, "Asisten Apoteker", D3, Style::Health("A.Md.Farm", "S.Farm"), 75), 3),
    (job(HealthWorker, Skilled, "Nutrisionis", D3, Style::Health("A.Md.Gz", "S.Gz"), 85), 3),
    (job(HealthWorker, Skilled, "Sanitarian", D3, Style::Health("A.Md.KL", "S.KM"), 50), 3),
    (job(HealthWorker, Expert, "Penyuluh Kesehatan Masyarakat", S1, Style::Health("A.Md.Kes.", "S.KM"), 65), 2),
    (job(HealthWorker, Skilled, "Perekam Medis", D3, Style::Health("A.Md.Kes.", "S.KM"), 65), 2),
    (job(Staff, Executor, "Pengadministrasi Perkantoran", SMA_D3, G, 50), 5),
    (job(Staff, Executor, "Pengelola Keuangan", D3_S1, G, 60), 2),
    (job(Staff, Executor, "Pengemudi Ambulans", SMA, G, 0), 1),
];

/// Members of an RSUD.
#[rustfmt::skip]
pub(crate) const HOSPITAL: &[(Job, u32)] = &[
    (job(Doctor, Expert, "Dokter", PROF, Style::Doctor, 55), 8),
    (job(Doctor, Expert, "Dokter", SPECIALIST, Style::Specialist, 45), 5),
    (job(Doctor, Expert, "Dokter Gigi", PROF, Style::Dentist, 65), 1),
    (job(Nurse, Skilled, "Perawat", D3, NURSE, 70), 30),
    (job(Nurse, Expert, "Perawat", PROF, NURSE, 70), 15),
    (job(Midwife, Skilled, "Bidan", D3, Style::Midwife, 100), 6),
    (job(Midwife, Expert, "Bidan", MIDWIFE_HIGH, Style::Midwife, 100), 2),
    (job(HealthWorker, Skilled, "Radiografer", D3, Style::Health("A.Md.Rad", "S.KM"), 45), 3),
    (job(HealthWorker, Skilled, "Fisioterapis", D3, Style::Health("A.Md.Ftr", "S.KM"), 55), 2),
    (job(HealthWorker, Skilled, "Pranata Laboratorium Kesehatan", D3, Style::Health("A.Md.AK", "S.KM"), 70), 4),
    (job(HealthWorker, Expert, "Apoteker", PROF, Style::Pharmacist, 75), 3),
    (job(HealthWorker, Skilled, "Asisten Apoteker", D3, Style::Health("A.Md.Farm", "S.Farm"), 75), 3),
    (job(HealthWorker, Skilled, "Nutrisionis", D3, Style::Health("A.Md.Gz", "S.Gz"), 85), 2),
    (job(HealthWorker, Skilled, "Perekam Medis", D3, Style::Health("A.Md.Kes.", "S.KM"), 65), 3),
    (job(Staff, Executor, "Pengadministrasi Perkantoran", SMA_D3, G, 50), 6),
    (job(Staff, Executor, "Pengelola Keuangan", D3_S1, G, 60), 2),
];

/// Members of a primary school (SD).
#[rustfmt::skip]
pub(crate) const PRIMARY_SCHOOL: &[(Job, u32)] = &[
    (job(Teacher, Expert, "Guru", TEACHER_EDU, Style::PrimaryTeacher, 72), 97),
    (job(Staff, Executor, "Pengelola Layanan Sekolah", D3_S1, G, 50), 3),
];

/// Members of a secondary school (SMP).
#[rustfmt::skip]
pub(crate) const SECONDARY_SCHOOL: &[(Job, u32)] = &[
    (job(Teacher, Expert, "Guru", TEACHER_EDU, Style::Teacher, 62), 92),
    (job(Staff, Executor, "Pengadministrasi Perkantoran", SMA_D3, G, 50), 4),
    (job(Staff, Executor, "Pengelola Layanan Sekolah", D3_S1, G, 50), 4),
];

/// Members of a Balai Penyuluhan Pertanian.
#[rustfmt::skip]
pub(crate) const EXTENSION: &[(Job, u32)] = &[
    (job(Specialist, Expert, "Penyuluh Pertanian", S1, G, 35), 6),
    (job(Specialist, Skilled, "Penyuluh Pertanian", D3, G, 30), 4),
    (job(Staff, Executor, "Pengadministrasi Perkantoran", SMA_D3, G, 50), 1),
];
