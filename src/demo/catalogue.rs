//! The catalogue of perangkat daerah of a kabupaten: dinas, badan,
//! sekretariat and inspektorat with their bidang/bagian and seksi, and the
//! inner structure of a kecamatan and an RSUD. Written for the demo after
//! the common pattern of kabupaten governments in Java.

use super::Sector;
use super::Sector::*;

/// A bidang, bagian or sekretariat with its seksi/subbagian/subbidang.
pub(crate) struct Sub {
    pub name: &'static str,
    pub sector: Option<Sector>,
    pub sections: &'static [&'static str],
}

const fn sub(name: &'static str, sections: &'static [&'static str]) -> Sub {
    Sub {
        name,
        sector: None,
        sections,
    }
}

const fn sub_in(name: &'static str, sector: Sector, sections: &'static [&'static str]) -> Sub {
    Sub {
        name,
        sector: Some(sector),
        sections,
    }
}

const SEKRETARIAT: Sub = sub(
    "Sekretariat",
    &[
        "Subbagian Umum dan Kepegawaian",
        "Subbagian Keuangan",
        "Subbagian Perencanaan, Evaluasi dan Pelaporan",
    ],
);

/// A perangkat daerah every kabupaten has.
pub(crate) struct Agency {
    pub name: &'static str,
    pub head: &'static str,
    pub sector: Sector,
    /// 1: structure appears first as the government grows; 3: last.
    pub tier: usize,
    /// Relative size (staff) among agencies.
    pub weight: f64,
    pub subs: &'static [Sub],
}

/// In order of priority: the first ones exist even in a tiny demo.
pub(crate) const AGENCIES: &[Agency] = &[
    Agency {
        name: "Sekretariat Daerah",
        head: "Sekretaris Daerah",
        sector: GeneralAdministration,
        tier: 1,
        weight: 3.0,
        subs: &[
            sub(
                "Bagian Pemerintahan",
                &[
                    "Subbagian Administrasi Pemerintahan",
                    "Subbagian Otonomi Daerah",
                    "Subbagian Kerja Sama",
                ],
            ),
            sub_in(
                "Bagian Hukum",
                Legal,
                &[
                    "Subbagian Peraturan Perundang-undangan",
                    "Subbagian Bantuan Hukum",
                    "Subbagian Dokumentasi dan Informasi Hukum",
                ],
            ),
            sub(
                "Bagian Organisasi",
                &[
                    "Subbagian Kelembagaan dan Analisis Jabatan",
                    "Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja",
                    "Subbagian Tata Laksana dan Pelayanan Publik",
                ],
            ),
            sub(
                "Bagian Umum",
                &[
                    "Subbagian Tata Usaha Pimpinan",
                    "Subbagian Rumah Tangga",
                    "Subbagian Keuangan",
                ],
            ),
            sub_in(
                "Bagian Perekonomian dan Sumber Daya Alam",
                Trade,
                &["Subbagian Perekonomian", "Subbagian Sumber Daya Alam"],
            ),
            sub_in(
                "Bagian Administrasi Pembangunan",
                Planning,
                &[
                    "Subbagian Penyusunan Program",
                    "Subbagian Pengendalian Program",
                ],
            ),
            sub(
                "Bagian Pengadaan Barang dan Jasa",
                &[
                    "Subbagian Pengelolaan Pengadaan Barang dan Jasa",
                    "Subbagian Layanan Pengadaan Secara Elektronik",
                ],
            ),
            sub_in(
                "Bagian Kesejahteraan Rakyat",
                Social,
                &[
                    "Subbagian Bina Mental dan Spiritual",
                    "Subbagian Kesejahteraan Masyarakat",
                ],
            ),
            sub_in(
                "Bagian Protokol dan Komunikasi Pimpinan",
                Communication,
                &["Subbagian Protokol", "Subbagian Komunikasi Pimpinan"],
            ),
        ],
    },
    Agency {
        name: "Dinas Pendidikan",
        head: "Kepala Dinas Pendidikan",
        sector: Education,
        tier: 1,
        weight: 1.5,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Pembinaan Sekolah Dasar",
                &[
                    "Seksi Kurikulum dan Penilaian Sekolah Dasar",
                    "Seksi Peserta Didik dan Pembangunan Karakter Sekolah Dasar",
                    "Seksi Sarana dan Prasarana Sekolah Dasar",
                ],
            ),
            sub(
                "Bidang Pembinaan Sekolah Menengah Pertama",
                &[
                    "Seksi Kurikulum dan Penilaian Sekolah Menengah Pertama",
                    "Seksi Peserta Didik dan Pembangunan Karakter Sekolah Menengah Pertama",
                    "Seksi Sarana dan Prasarana Sekolah Menengah Pertama",
                ],
            ),
            sub(
                "Bidang Pembinaan Ketenagaan",
                &[
                    "Seksi Pendidik dan Tenaga Kependidikan Sekolah Dasar",
                    "Seksi Pendidik dan Tenaga Kependidikan Sekolah Menengah Pertama",
                    "Seksi Pendidik dan Tenaga Kependidikan PAUD dan Pendidikan Nonformal",
                ],
            ),
            sub(
                "Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
                &[
                    "Seksi Kurikulum dan Penilaian PAUD dan Pendidikan Nonformal",
                    "Seksi Kelembagaan dan Sarana Prasarana PAUD dan Pendidikan Nonformal",
                ],
            ),
        ],
    },
    Agency {
        name: "Dinas Kesehatan",
        head: "Kepala Dinas Kesehatan",
        sector: Health,
        tier: 1,
        weight: 1.5,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Kesehatan Masyarakat",
                &[
                    "Seksi Kesehatan Keluarga dan Gizi Masyarakat",
                    "Seksi Promosi dan Pemberdayaan Masyarakat",
                    "Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga",
                ],
            ),
            sub(
                "Bidang Pencegahan dan Pengendalian Penyakit",
                &[
                    "Seksi Surveilans dan Imunisasi",
                    "Seksi Pencegahan dan Pengendalian Penyakit Menular",
                    "Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa",
                ],
            ),
            sub(
                "Bidang Pelayanan dan Sumber Daya Kesehatan",
                &[
                    "Seksi Pelayanan Kesehatan Primer",
                    "Seksi Pelayanan Kesehatan Rujukan",
                    "Seksi Kefarmasian dan Alat Kesehatan",
                    "Seksi Sumber Daya Manusia Kesehatan",
                ],
            ),
        ],
    },
    Agency {
        name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        head: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        sector: Personnel,
        tier: 1,
        weight: 1.2,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
                &[
                    "Subbidang Pengadaan dan Pemberhentian",
                    "Subbidang Data dan Informasi Kepegawaian",
                ],
            ),
            sub(
                "Bidang Mutasi dan Promosi",
                &[
                    "Subbidang Mutasi",
                    "Subbidang Promosi dan Jabatan Fungsional",
                ],
            ),
            sub(
                "Bidang Pengembangan Kompetensi Aparatur",
                &[
                    "Subbidang Pendidikan dan Pelatihan",
                    "Subbidang Pengembangan Karier",
                ],
            ),
            sub(
                "Bidang Penilaian Kinerja Aparatur dan Penghargaan",
                &[
                    "Subbidang Penilaian Kinerja",
                    "Subbidang Disiplin dan Penghargaan",
                ],
            ),
        ],
    },
    Agency {
        name: "Badan Pengelolaan Keuangan dan Aset Daerah",
        head: "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
        sector: Finance,
        tier: 1,
        weight: 1.3,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Anggaran",
                &[
                    "Subbidang Penyusunan Anggaran",
                    "Subbidang Pengendalian Anggaran",
                ],
            ),
            sub(
                "Bidang Perbendaharaan",
                &[
                    "Subbidang Pengelolaan Kas",
                    "Subbidang Penatausahaan Belanja",
                ],
            ),
            sub(
                "Bidang Akuntansi dan Pelaporan",
                &["Subbidang Akuntansi", "Subbidang Pelaporan Keuangan"],
            ),
            sub(
                "Bidang Aset",
                &[
                    "Subbidang Penatausahaan Aset",
                    "Subbidang Pemanfaatan dan Pengamanan Aset",
                ],
            ),
        ],
    },
    Agency {
        name: "Badan Perencanaan Pembangunan Daerah",
        head: "Kepala Badan Perencanaan Pembangunan Daerah",
        sector: Planning,
        tier: 1,
        weight: 0.9,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
                &[
                    "Subbidang Perencanaan Pembangunan Daerah",
                    "Subbidang Pengendalian dan Evaluasi",
                ],
            ),
            sub(
                "Bidang Perekonomian dan Sumber Daya Alam",
                &["Subbidang Perekonomian", "Subbidang Sumber Daya Alam"],
            ),
            sub(
                "Bidang Pemerintahan dan Pembangunan Manusia",
                &["Subbidang Pemerintahan", "Subbidang Pembangunan Manusia"],
            ),
            sub(
                "Bidang Infrastruktur dan Pengembangan Wilayah",
                &["Subbidang Infrastruktur", "Subbidang Pengembangan Wilayah"],
            ),
            sub("Bidang Penelitian dan Pengembangan", &[]),
        ],
    },
    Agency {
        name: "Inspektorat Daerah",
        head: "Inspektur Daerah",
        sector: Supervision,
        tier: 1,
        weight: 1.0,
        subs: &[
            sub(
                "Sekretariat",
                &[
                    "Subbagian Perencanaan",
                    "Subbagian Evaluasi dan Pelaporan",
                    "Subbagian Administrasi dan Umum",
                ],
            ),
            sub("Inspektorat Pembantu Wilayah I", &[]),
            sub("Inspektorat Pembantu Wilayah II", &[]),
            sub("Inspektorat Pembantu Wilayah III", &[]),
            sub("Inspektorat Pembantu Wilayah IV", &[]),
        ],
    },
    Agency {
        name: "Dinas Pekerjaan Umum dan Penataan Ruang",
        head: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        sector: PublicWorks,
        tier: 1,
        weight: 2.0,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Bina Marga",
                &[
                    "Seksi Pembangunan Jalan dan Jembatan",
                    "Seksi Pemeliharaan Jalan dan Jembatan",
                ],
            ),
            sub(
                "Bidang Sumber Daya Air",
                &["Seksi Irigasi", "Seksi Sungai dan Air Baku"],
            ),
            sub(
                "Bidang Cipta Karya",
                &["Seksi Penataan Bangunan", "Seksi Air Minum dan Sanitasi"],
            ),
            sub(
                "Bidang Penataan Ruang",
                &[
                    "Seksi Perencanaan Tata Ruang",
                    "Seksi Pengendalian Pemanfaatan Ruang",
                ],
            ),
            sub(
                "Bidang Jasa Konstruksi",
                &[
                    "Seksi Pembinaan Jasa Konstruksi",
                    "Seksi Pengawasan Jasa Konstruksi",
                ],
            ),
        ],
    },
    Agency {
        name: "Sekretariat Dewan Perwakilan Rakyat Daerah",
        head: "Sekretaris Dewan Perwakilan Rakyat Daerah",
        sector: Legislature,
        tier: 2,
        weight: 1.2,
        subs: &[
            sub(
                "Bagian Umum dan Keuangan",
                &[
                    "Subbagian Tata Usaha dan Kepegawaian",
                    "Subbagian Keuangan",
                    "Subbagian Rumah Tangga dan Perlengkapan",
                ],
            ),
            sub(
                "Bagian Persidangan dan Perundang-undangan",
                &[
                    "Subbagian Persidangan dan Risalah",
                    "Subbagian Perundang-undangan",
                ],
            ),
            sub(
                "Bagian Fasilitasi Penganggaran dan Pengawasan",
                &[
                    "Subbagian Fasilitasi Penganggaran",
                    "Subbagian Fasilitasi Pengawasan",
                ],
            ),
        ],
    },
    Agency {
        name: "Badan Pendapatan Daerah",
        head: "Kepala Badan Pendapatan Daerah",
        sector: Revenue,
        tier: 2,
        weight: 1.0,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Pendataan dan Penetapan",
                &["Subbidang Pendataan", "Subbidang Penetapan"],
            ),
            sub(
                "Bidang Penagihan dan Keberatan",
                &["Subbidang Penagihan", "Subbidang Keberatan dan Pengurangan"],
            ),
            sub("Bidang Pajak Bumi dan Bangunan", &[]),
            sub("Bidang Pengembangan dan Pengendalian Pendapatan", &[]),
        ],
    },
    Agency {
        name: "Dinas Sosial",
        head: "Kepala Dinas Sosial",
        sector: Social,
        tier: 2,
        weight: 0.8,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Rehabilitasi Sosial",
                &[
                    "Seksi Rehabilitasi Sosial Anak dan Lanjut Usia",
                    "Seksi Rehabilitasi Sosial Penyandang Disabilitas",
                ],
            ),
            sub(
                "Bidang Perlindungan dan Jaminan Sosial",
                &[
                    "Seksi Perlindungan Sosial Korban Bencana",
                    "Seksi Jaminan Sosial Keluarga",
                ],
            ),
            sub(
                "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
                &[],
            ),
        ],
    },
    Agency {
        name: "Dinas Kependudukan dan Pencatatan Sipil",
        head: "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        sector: CivilRegistry,
        tier: 2,
        weight: 1.0,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Pelayanan Pendaftaran Penduduk",
                &["Seksi Identitas Penduduk", "Seksi Pindah Datang Penduduk"],
            ),
            sub(
                "Bidang Pelayanan Pencatatan Sipil",
                &[
                    "Seksi Kelahiran dan Kematian",
                    "Seksi Perkawinan dan Perceraian",
                ],
            ),
            sub(
                "Bidang Pengelolaan Informasi Administrasi Kependudukan",
                &[],
            ),
            sub("Bidang Pemanfaatan Data dan Inovasi Pelayanan", &[]),
        ],
    },
    Agency {
        name: "Satuan Polisi Pamong Praja",
        head: "Kepala Satuan Polisi Pamong Praja",
        sector: PublicOrder,
        tier: 2,
        weight: 1.8,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Penegakan Peraturan Daerah",
                &[
                    "Seksi Penyelidikan dan Penyidikan",
                    "Seksi Pembinaan dan Pengawasan",
                ],
            ),
            sub(
                "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
                &["Seksi Operasi dan Pengendalian", "Seksi Kerja Sama"],
            ),
            sub("Bidang Perlindungan Masyarakat", &[]),
            sub("Bidang Pemadam Kebakaran dan Penyelamatan", &[]),
        ],
    },
    Agency {
        name: "Dinas Lingkungan Hidup",
        head: "Kepala Dinas Lingkungan Hidup",
        sector: Environment,
        tier: 2,
        weight: 1.5,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Tata Lingkungan", &[]),
            sub(
                "Bidang Pengelolaan Sampah dan Limbah Bahan Berbahaya dan Beracun",
                &["Seksi Pengurangan Sampah", "Seksi Penanganan Sampah"],
            ),
            sub(
                "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
                &[],
            ),
            sub("Bidang Pertamanan dan Penerangan Jalan Umum", &[]),
        ],
    },
    Agency {
        name: "Dinas Perhubungan",
        head: "Kepala Dinas Perhubungan",
        sector: Transport,
        tier: 2,
        weight: 1.0,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Lalu Lintas",
                &[
                    "Seksi Manajemen dan Rekayasa Lalu Lintas",
                    "Seksi Pengendalian dan Operasional",
                ],
            ),
            sub("Bidang Angkutan", &[]),
            sub("Bidang Sarana dan Prasarana", &[]),
        ],
    },
    Agency {
        name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        head: "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        sector: Investment,
        tier: 2,
        weight: 0.7,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Perencanaan dan Promosi Penanaman Modal", &[]),
            sub("Bidang Pelayanan Perizinan dan Nonperizinan", &[]),
            sub("Bidang Pengendalian dan Pengawasan Penanaman Modal", &[]),
            sub("Bidang Pengaduan, Kebijakan dan Pelaporan Layanan", &[]),
        ],
    },
    Agency {
        name: "Dinas Pertanian dan Ketahanan Pangan",
        head: "Kepala Dinas Pertanian dan Ketahanan Pangan",
        sector: Agriculture,
        tier: 2,
        weight: 1.4,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Tanaman Pangan dan Hortikultura",
                &["Seksi Produksi Tanaman Pangan", "Seksi Hortikultura"],
            ),
            sub("Bidang Perkebunan", &[]),
            sub(
                "Bidang Peternakan dan Kesehatan Hewan",
                &[
                    "Seksi Produksi Peternakan",
                    "Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
                ],
            ),
            sub("Bidang Penyuluhan", &[]),
            sub("Bidang Ketahanan Pangan", &[]),
        ],
    },
    Agency {
        name: "Dinas Komunikasi dan Informatika",
        head: "Kepala Dinas Komunikasi dan Informatika",
        sector: Communication,
        tier: 2,
        weight: 0.7,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Informasi dan Komunikasi Publik", &[]),
            sub("Bidang Aplikasi Informatika", &[]),
            sub(
                "Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
                &[],
            ),
            sub("Bidang Persandian dan Statistik", &[]),
        ],
    },
    Agency {
        name: "Badan Penanggulangan Bencana Daerah",
        head: "Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
        sector: DisasterManagement,
        tier: 2,
        weight: 0.6,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Pencegahan dan Kesiapsiagaan", &[]),
            sub("Bidang Kedaruratan dan Logistik", &[]),
            sub("Bidang Rehabilitasi dan Rekonstruksi", &[]),
        ],
    },
    Agency {
        name: "Badan Kesatuan Bangsa dan Politik",
        head: "Kepala Badan Kesatuan Bangsa dan Politik",
        sector: NationalUnity,
        tier: 2,
        weight: 0.5,
        subs: &[
            SEKRETARIAT,
            sub(
                "Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa",
                &[],
            ),
            sub(
                "Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan",
                &[],
            ),
            sub(
                "Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Penanganan Konflik",
                &[],
            ),
        ],
    },
    Agency {
        name: "Dinas Pemberdayaan Masyarakat dan Desa",
        head: "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
        sector: VillageDevelopment,
        tier: 3,
        weight: 0.6,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Pemerintahan Desa", &[]),
            sub(
                "Bidang Pemberdayaan Masyarakat dan Lembaga Kemasyarakatan Desa",
                &[],
            ),
            sub("Bidang Pembangunan dan Keuangan Desa", &[]),
        ],
    },
    Agency {
        name: "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak",
        head: "Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak",
        sector: FamilyWelfare,
        tier: 3,
        weight: 0.8,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Pengendalian Penduduk dan Penyuluhan", &[]),
            sub("Bidang Keluarga Berencana dan Ketahanan Keluarga", &[]),
            sub("Bidang Pemberdayaan Perempuan", &[]),
            sub("Bidang Perlindungan Anak", &[]),
        ],
    },
    Agency {
        name: "Dinas Perindustrian dan Perdagangan",
        head: "Kepala Dinas Perindustrian dan Perdagangan",
        sector: Trade,
        tier: 3,
        weight: 0.7,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Perindustrian", &[]),
            sub("Bidang Perdagangan", &[]),
            sub("Bidang Pengelolaan Pasar", &[]),
        ],
    },
    Agency {
        name: "Dinas Koperasi dan Usaha Kecil dan Menengah",
        head: "Kepala Dinas Koperasi dan Usaha Kecil dan Menengah",
        sector: Cooperatives,
        tier: 3,
        weight: 0.5,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Kelembagaan dan Pengawasan Koperasi", &[]),
            sub("Bidang Pemberdayaan Koperasi", &[]),
            sub("Bidang Usaha Kecil dan Menengah", &[]),
        ],
    },
    Agency {
        name: "Dinas Tenaga Kerja",
        head: "Kepala Dinas Tenaga Kerja",
        sector: Manpower,
        tier: 3,
        weight: 0.5,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Pelatihan dan Produktivitas Tenaga Kerja", &[]),
            sub("Bidang Penempatan dan Perluasan Kesempatan Kerja", &[]),
            sub(
                "Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja",
                &[],
            ),
        ],
    },
    Agency {
        name: "Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata",
        head: "Kepala Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata",
        sector: YouthSportsTourismCulture,
        tier: 3,
        weight: 0.7,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Kepemudaan", &[]),
            sub("Bidang Keolahragaan", &[]),
            sub("Bidang Kebudayaan", &[]),
            sub("Bidang Pariwisata", &[]),
        ],
    },
    Agency {
        name: "Dinas Perumahan dan Kawasan Permukiman",
        head: "Kepala Dinas Perumahan dan Kawasan Permukiman",
        sector: Housing,
        tier: 3,
        weight: 0.6,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Perumahan", &[]),
            sub("Bidang Kawasan Permukiman", &[]),
            sub("Bidang Pertanahan", &[]),
        ],
    },
    Agency {
        name: "Dinas Perpustakaan dan Kearsipan",
        head: "Kepala Dinas Perpustakaan dan Kearsipan",
        sector: LibraryArchives,
        tier: 3,
        weight: 0.5,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Pengembangan dan Layanan Perpustakaan", &[]),
            sub("Bidang Pengelolaan Arsip", &[]),
        ],
    },
    Agency {
        name: "Dinas Perikanan",
        head: "Kepala Dinas Perikanan",
        sector: Fisheries,
        tier: 3,
        weight: 0.4,
        subs: &[
            SEKRETARIAT,
            sub("Bidang Perikanan Budidaya", &[]),
            sub(
                "Bidang Perikanan Tangkap dan Pengolahan Hasil Perikanan",
                &[],
            ),
        ],
    },
];

/// The kecamatan's own structure: Sekretariat (with subbagian) and seksi.
pub(crate) const KECAMATAN_SECRETARIAT: Sub = sub(
    "Sekretariat Kecamatan",
    &[
        "Subbagian Umum dan Kepegawaian",
        "Subbagian Perencanaan dan Keuangan",
    ],
);
pub(crate) const KECAMATAN_SECTIONS: &[&str] = &[
    "Seksi Tata Pemerintahan",
    "Seksi Ketenteraman dan Ketertiban Umum",
    "Seksi Pemberdayaan Masyarakat dan Desa",
    "Seksi Kesejahteraan Sosial",
    "Seksi Pelayanan Umum",
];

pub(crate) const HOSPITAL_SUBS: &[Sub] = &[
    sub(
        "Bagian Tata Usaha",
        &[
            "Subbagian Umum dan Kepegawaian",
            "Subbagian Keuangan",
            "Subbagian Perencanaan dan Rekam Medis",
        ],
    ),
    sub(
        "Bidang Pelayanan Medik",
        &[
            "Seksi Pelayanan Rawat Jalan",
            "Seksi Pelayanan Rawat Inap dan Gawat Darurat",
        ],
    ),
    sub(
        "Bidang Keperawatan",
        &["Seksi Asuhan Keperawatan", "Seksi Mutu Keperawatan"],
    ),
    sub(
        "Bidang Penunjang",
        &["Seksi Penunjang Medik", "Seksi Penunjang Nonmedik"],
    ),
];
