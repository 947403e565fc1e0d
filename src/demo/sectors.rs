//! Planned results of the offices of each sector (urusan): what their
//! staff and jabatan fungsional do, and what their heads answer for.

use super::Sector;
use super::indicators::*;

/// A `&'static` list of results (const fn calls are not promoted otherwise).
macro_rules! rhks {
    ($($item:expr),* $(,)?) => {{
        const RESULTS: &[Rhk] = &[$($item),*];
        RESULTS
    }};
}

/// The planned results of a sector's office: (staff, heads).
#[rustfmt::skip]
pub(crate) fn office(sector: Sector) -> (&'static [Rhk], &'static [Rhk]) {
    use Sector::*;
    match sector {
        Education => (rhks![
            rhk("Terlaksananya pengawasan akademik dan manajerial sekolah binaan", &[
                count("Jumlah kunjungan supervisi ke sekolah binaan", "kunjungan", 6, 12),
                quality("Persentase sekolah binaan yang memenuhi standar nasional pendidikan", 70, 90),
                months("Ketepatan waktu penyampaian laporan pengawasan"),
            ]),
            rhk("Terkelolanya data pokok pendidikan", &[
                count("Jumlah sekolah yang datanya diverifikasi", "sekolah", 20, 60),
                pct("Persentase sekolah dengan data Dapodik valid", 90, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya mutu layanan pendidikan dasar", &[
                pct("Persentase sekolah terakreditasi minimal B", 85, 95),
                score("Rata-rata nilai rapor pendidikan kabupaten", "indeks", 60, 75),
                pct("Angka partisipasi murni SD/MI", 95, 99),
            ]),
            rhk("Meningkatnya kompetensi pendidik dan tenaga kependidikan", &[
                pct("Persentase guru yang bersertifikat pendidik", 70, 90),
                count("Jumlah guru yang mengikuti pelatihan", "orang", 50, 200),
            ]),
        ]),
        Health => (rhks![
            rhk("Terlaksananya surveilans dan pengendalian penyakit", &[
                count("Jumlah kasus penyakit potensial KLB yang diverifikasi", "kasus", 5, 20),
                pct("Persentase kelengkapan laporan surveilans puskesmas", 90, 100),
                wait("Rata-rata waktu respons penyelidikan epidemiologi", "hari", 1, 2),
            ]),
            rhk("Terlaksananya pembinaan program kesehatan masyarakat", &[
                count("Jumlah puskesmas yang dibina", "puskesmas", 5, 12),
                pct("Persentase puskesmas yang melaporkan program tepat waktu", 85, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya derajat kesehatan masyarakat", &[
                pct("Persentase bayi diimunisasi lengkap", 90, 98),
                fewer("Prevalensi balita stunting", 12, 20),
                pct("Persentase puskesmas terakreditasi paripurna", 60, 90),
            ]),
        ]),
        Social => (rhks![
            rhk("Terverifikasinya data penerima bantuan sosial", &[
                count("Jumlah penerima bantuan sosial yang diverifikasi", "KPM", 150, 500),
                quality("Persentase data DTKS yang padan dengan data kependudukan", 90, 100),
                months("Ketepatan waktu penyampaian hasil verifikasi"),
            ]),
            rhk("Terlaksananya rehabilitasi sosial PPKS", &[
                count("Jumlah PPKS yang mendapat rehabilitasi sosial", "orang", 10, 40),
                pct("Persentase PPKS yang terpenuhi kebutuhan dasarnya", 85, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya perlindungan dan jaminan sosial bagi masyarakat miskin", &[
                pct("Persentase PPKS yang mendapat pelayanan kesejahteraan sosial", 80, 95),
                pct("Persentase data DTKS yang dimutakhirkan", 85, 100),
            ]),
        ]),
        PublicWorks => (rhks![
            rhk("Terpeliharanya jalan dan jembatan kabupaten", &[
                count("Panjang jalan yang dipelihara", "km", 5, 20),
                quality("Persentase pekerjaan pemeliharaan sesuai spesifikasi teknis", 90, 100),
                cost("Biaya pemeliharaan rutin jalan", 150, 400),
            ]),
            rhk("Terkelolanya jaringan irigasi", &[
                count("Luas daerah irigasi yang dipelihara", "ha", 50, 200),
                pct("Persentase jaringan irigasi dalam kondisi baik", 70, 85),
            ]),
        ], rhks![
            rhk("Meningkatnya kemantapan jalan dan jaringan irigasi kabupaten", &[
                pct("Persentase panjang jalan kabupaten dalam kondisi mantap", 75, 90),
                pct("Persentase jaringan irigasi dalam kondisi baik", 70, 85),
            ]),
        ]),
        Transport => (rhks![
            rhk("Terlaksananya pengujian kendaraan bermotor", &[
                count("Jumlah kendaraan bermotor yang diuji", "kendaraan", 300, 900),
                quality("Persentase hasil uji yang sesuai standar", 95, 100),
                wait("Rata-rata waktu pelayanan uji kendaraan", "menit", 30, 60),
            ]),
            rhk("Terlaksananya manajemen dan rekayasa lalu lintas", &[
                count("Jumlah titik rawan kemacetan yang ditangani", "titik", 2, 5),
                count("Jumlah jam pengaturan lalu lintas", "jam", 100, 200),
            ]),
        ], rhks![
            rhk("Meningkatnya keselamatan dan kelancaran lalu lintas", &[
                fewer("Persentase ruas jalan dengan kepadatan tinggi", 10, 20),
                pct("Persentase kendaraan wajib uji yang lulus uji", 85, 95),
            ]),
        ]),
        Environment => (rhks![
            rhk("Tertanganinya sampah rumah tangga", &[
                count("Volume sampah yang diangkut ke TPA", "ton", 800, 2000),
                quality("Persentase sampah yang tertangani", 70, 90),
            ]),
            rhk("Terlaksananya pengawasan ketaatan usaha terhadap izin lingkungan", &[
                count("Jumlah usaha yang diawasi", "usaha", 5, 15),
                pct("Persentase usaha yang taat izin lingkungan", 70, 90),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas lingkungan hidup", &[
                score("Indeks kualitas lingkungan hidup", "indeks", 55, 70),
                pct("Persentase sampah yang tertangani", 70, 90),
            ]),
        ]),
        Finance => (rhks![
            rhk("Tertibnya penatausahaan belanja daerah", &[
                count("Jumlah SP2D yang diterbitkan", "dokumen", 300, 900),
                wait("Rata-rata waktu penerbitan SP2D", "hari", 1, 2),
                quality("Persentase SPM yang diverifikasi lengkap", 95, 100),
            ]),
            rhk("Tersusunnya laporan keuangan pemerintah daerah", &[
                count("Jumlah laporan keuangan perangkat daerah yang direkonsiliasi", "laporan", 10, 30),
                months("Ketepatan waktu penyusunan laporan keuangan"),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas pengelolaan keuangan dan aset daerah", &[
                pct("Persentase realisasi belanja daerah", 90, 98),
                pct("Persentase aset tanah yang bersertifikat", 60, 85),
                months("Ketepatan waktu penyampaian LKPD"),
            ]),
        ]),
        Revenue => (rhks![
            rhk("Meningkatnya penerimaan pajak daerah", &[
                count("Jumlah wajib pajak yang didata dan ditetapkan", "wajib pajak", 100, 400),
                pct("Persentase realisasi penerimaan pajak terhadap target", 85, 100),
                count("Jumlah surat teguran yang diterbitkan", "surat", 20, 80),
            ]),
        ], rhks![
            rhk("Meningkatnya pendapatan asli daerah", &[
                pct("Persentase realisasi pendapatan asli daerah", 90, 100),
                pct("Persentase tunggakan pajak yang tertagih", 30, 60),
            ]),
        ]),
        Personnel => (rhks![
            rhk("Terlaksananya layanan administrasi kepegawaian", &[
                count("Jumlah usulan kenaikan pangkat yang diproses", "usulan", 50, 200),
                wait("Rata-rata waktu penyelesaian layanan kepegawaian", "hari", 3, 7),
                quality("Persentase data ASN di SIASN yang mutakhir", 90, 100),
            ]),
            rhk("Terlaksananya pengembangan kompetensi ASN", &[
                count("Jumlah ASN yang mengikuti pengembangan kompetensi", "orang", 50, 250),
                pct("Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 60, 90),
            ]),
        ], rhks![
            rhk("Meningkatnya profesionalitas ASN", &[
                score("Indeks profesionalitas ASN", "indeks", 65, 80),
                pct("Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 60, 90),
                score("Indeks sistem merit", "nilai", 250, 325),
            ]),
        ]),
        Planning => (rhks![
            rhk("Tersusunnya dokumen perencanaan pembangunan daerah", &[
                count("Jumlah dokumen perencanaan yang disusun", "dokumen", 1, 3),
                quality("Persentase keselarasan program RKPD dengan RPJMD", 90, 100),
                months("Ketepatan waktu penyusunan dokumen perencanaan"),
            ]),
            rhk("Terlaksananya pengendalian dan evaluasi pembangunan", &[
                count("Jumlah perangkat daerah yang dievaluasi", "perangkat daerah", 5, 15),
                pct("Persentase indikator RKPD yang dievaluasi", 85, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas perencanaan pembangunan daerah", &[
                pct("Persentase konsistensi program RKPD dan APBD", 85, 100),
                score("Nilai evaluasi dokumen perencanaan", "nilai", 70, 85),
            ]),
        ]),
        Supervision => (rhks![
            rhk("Terlaksananya pengawasan internal perangkat daerah", &[
                count("Jumlah laporan hasil pemeriksaan yang diselesaikan", "LHP", 2, 6),
                quality("Persentase temuan yang ditindaklanjuti", 70, 90),
                wait("Rata-rata waktu penyelesaian laporan hasil pemeriksaan", "hari", 10, 20),
            ]),
            rhk("Terlaksananya reviu laporan keuangan dan kinerja", &[
                count("Jumlah dokumen yang direviu", "dokumen", 3, 8),
                months("Ketepatan waktu penyampaian hasil reviu"),
            ]),
        ], rhks![
            rhk("Meningkatnya kapabilitas pengawasan internal", &[
                score("Level kapabilitas APIP", "level", 3, 3),
                pct("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", 75, 90),
            ]),
        ]),
        Legislature => (rhks![
            rhk("Terfasilitasinya rapat dan persidangan DPRD", &[
                count("Jumlah rapat DPRD yang difasilitasi", "rapat", 15, 40),
                quality("Persentase risalah rapat yang selesai tepat waktu", 85, 100),
                wait("Rata-rata waktu penyusunan risalah rapat", "hari", 2, 4),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas fasilitasi fungsi DPRD", &[
                pct("Persentase agenda persidangan DPRD yang terfasilitasi", 95, 100),
                count("Jumlah rancangan peraturan daerah yang difasilitasi pembahasannya", "raperda", 2, 4),
            ]),
        ]),
        GeneralAdministration => (rhks![
            rhk("Terselenggaranya koordinasi dan administrasi pemerintahan daerah", &[
                count("Jumlah bahan rapat koordinasi pimpinan yang disiapkan", "dokumen", 6, 15),
                quality("Persentase disposisi pimpinan yang ditindaklanjuti", 85, 100),
                months("Ketepatan waktu penyampaian laporan koordinasi"),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas pelayanan administrasi pimpinan", &[
                pct("Persentase kegiatan pimpinan yang terfasilitasi", 90, 100),
                score("Indeks kepuasan layanan internal", "indeks", 75, 85),
            ]),
        ]),
        Legal => (rhks![
            rhk("Tersusunnya produk hukum daerah", &[
                count("Jumlah rancangan produk hukum daerah yang disusun", "rancangan", 3, 10),
                quality("Persentase produk hukum yang lolos fasilitasi tanpa revisi substansial", 70, 90),
                months("Ketepatan waktu pengundangan produk hukum"),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas produk hukum daerah", &[
                pct("Persentase produk hukum daerah yang selaras dengan peraturan di atasnya", 90, 100),
                pct("Persentase perkara hukum yang ditangani", 90, 100),
            ]),
        ]),
        CivilRegistry => (rhks![
            rhk("Terlaksananya pelayanan dokumen kependudukan", &[
                count("Jumlah dokumen kependudukan yang diterbitkan", "dokumen", 300, 1200),
                wait("Rata-rata waktu penerbitan dokumen kependudukan", "hari", 1, 3),
                quality("Persentase dokumen yang terbit tanpa kesalahan data", 95, 100),
            ]),
            rhk("Terkelolanya database kependudukan", &[
                count("Jumlah data penduduk yang dimutakhirkan di SIAK", "data", 500, 2000),
                pct("Persentase perekaman KTP elektronik", 95, 99),
            ]),
        ], rhks![
            rhk("Meningkatnya cakupan kepemilikan dokumen kependudukan", &[
                pct("Persentase anak yang memiliki akta kelahiran", 90, 98),
                pct("Persentase penduduk wajib KTP yang memiliki KTP elektronik", 95, 99),
            ]),
        ]),
        Investment => (rhks![
            rhk("Terlaksananya pelayanan perizinan berusaha", &[
                count("Jumlah izin dan nonizin yang diterbitkan", "izin", 60, 250),
                wait("Rata-rata waktu penyelesaian izin", "hari", 3, 5),
                quality("Persentase permohonan izin yang selesai sesuai SOP", 90, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya realisasi investasi daerah", &[
                pct("Persentase realisasi investasi terhadap target", 80, 100),
                score_range("Indeks kepuasan masyarakat layanan perizinan", "indeks", 82, 90),
            ]),
        ]),
        Agriculture => (rhks![
            rhk("Terlaksananya penyuluhan pertanian kepada kelompok tani", &[
                count("Jumlah kunjungan penyuluhan ke kelompok tani", "kunjungan", 12, 30),
                level("Jumlah kelompok tani binaan", "kelompok", 8, 16),
                pct("Persentase kelompok tani binaan yang naik kelas", 20, 40),
            ]),
            rhk("Terlaksananya pengendalian organisme pengganggu tumbuhan dan kesehatan hewan", &[
                count("Luas serangan OPT yang dikendalikan", "ha", 20, 80),
                count("Jumlah ternak yang divaksinasi", "ekor", 100, 400),
            ]),
        ], rhks![
            rhk("Meningkatnya produksi dan produktivitas pertanian", &[
                score("Produktivitas padi", "ku/ha", 55, 62),
                pct("Persentase kelompok tani kelas madya ke atas", 30, 50),
                pct("Persentase ketersediaan pangan strategis", 90, 100),
            ]),
        ]),
        Fisheries => (rhks![
            rhk("Terlaksananya penyuluhan perikanan", &[
                count("Jumlah kelompok pembudidaya ikan yang dibina", "kelompok", 5, 12),
                pct("Persentase pembudidaya yang menerapkan cara budidaya ikan yang baik", 40, 70),
            ]),
        ], rhks![
            rhk("Meningkatnya produksi perikanan budidaya", &[
                count("Produksi perikanan budidaya", "ton", 500, 1500),
                score("Angka konsumsi ikan", "kg/kapita", 30, 38),
            ]),
        ]),
        Communication => (rhks![
            rhk("Terkelolanya layanan aplikasi dan infrastruktur TIK", &[
                count("Jumlah permintaan layanan TIK yang diselesaikan", "tiket", 30, 120),
                quality("Persentase ketersediaan jaringan intra pemerintah", 95, 99),
                wait("Rata-rata waktu penyelesaian gangguan jaringan", "jam", 2, 6),
            ]),
            rhk("Tersebarnya informasi publik pemerintah daerah", &[
                count("Jumlah konten informasi publik yang dipublikasikan", "konten", 60, 180),
                pct("Persentase pengaduan masyarakat yang ditindaklanjuti", 85, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya penerapan sistem pemerintahan berbasis elektronik", &[
                score("Indeks SPBE", "indeks", 3, 4),
                pct("Persentase perangkat daerah yang terhubung jaringan intra pemerintah", 90, 100),
            ]),
        ]),
        PublicOrder => (rhks![
            rhk("Terlaksananya penegakan peraturan daerah", &[
                count("Jumlah operasi penertiban yang dilaksanakan", "kali", 6, 15),
                pct("Persentase pelanggaran perda yang ditindaklanjuti", 80, 95),
                wait("Rata-rata waktu tanggap pengaduan ketertiban", "jam", 1, 3),
            ]),
            rhk("Terlaksananya penanganan kebakaran", &[
                count("Jumlah kejadian kebakaran yang ditangani", "kejadian", 3, 10),
                wait("Rata-rata waktu tanggap penanganan kebakaran", "menit", 15, 15),
            ]),
        ], rhks![
            rhk("Meningkatnya ketenteraman dan ketertiban umum", &[
                pct("Persentase penegakan perda", 85, 100),
                wait("Rata-rata waktu tanggap kebakaran di wilayah manajemen kebakaran", "menit", 15, 15),
            ]),
        ]),
        DisasterManagement => (rhks![
            rhk("Terlaksananya kesiapsiagaan dan penanganan darurat bencana", &[
                count("Jumlah desa tangguh bencana yang dibina", "desa", 2, 5),
                pct("Persentase kejadian bencana yang direspons dalam 24 jam", 90, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya ketangguhan daerah terhadap bencana", &[
                score_low("Indeks risiko bencana", "indeks", 120, 140),
                pct("Persentase kejadian bencana yang direspons dalam 24 jam", 90, 100),
            ]),
        ]),
        NationalUnity => (rhks![
            rhk("Terlaksananya pembinaan wawasan kebangsaan dan organisasi kemasyarakatan", &[
                count("Jumlah kegiatan pembinaan wawasan kebangsaan", "kegiatan", 2, 5),
                count("Jumlah ormas yang diverifikasi", "ormas", 5, 15),
                pct("Persentase potensi konflik sosial yang tertangani", 85, 100),
            ]),
        ], rhks![
            rhk("Terpeliharanya stabilitas politik dan keamanan daerah", &[
                pct("Persentase potensi konflik sosial yang tertangani", 85, 100),
                score("Indeks demokrasi daerah", "indeks", 70, 80),
            ]),
        ]),
        VillageDevelopment => (rhks![
            rhk("Terlaksananya pembinaan pemerintahan dan keuangan desa", &[
                count("Jumlah desa yang dibina pengelolaan keuangannya", "desa", 5, 20),
                pct("Persentase desa yang menyampaikan laporan realisasi APBDes tepat waktu", 80, 95),
            ]),
        ], rhks![
            rhk("Meningkatnya kemandirian desa", &[
                score("Indeks Desa Membangun", "indeks", 65, 75),
                pct("Persentase desa berstatus mandiri dan maju", 30, 60),
            ]),
        ]),
        FamilyWelfare => (rhks![
            rhk("Terlaksananya penyuluhan keluarga berencana", &[
                count("Jumlah peserta KB baru", "akseptor", 60, 200),
                pct("Persentase pasangan usia subur yang ber-KB aktif", 70, 80),
                count("Jumlah kegiatan penyuluhan KB", "kegiatan", 6, 12),
            ]),
            rhk("Terlaksananya perlindungan perempuan dan anak", &[
                count("Jumlah kasus kekerasan terhadap perempuan dan anak yang ditangani", "kasus", 5, 15),
                pct("Persentase kasus kekerasan yang tertangani", 90, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas keluarga dan perlindungan perempuan dan anak", &[
                pct("Persentase pasangan usia subur yang ber-KB aktif", 70, 80),
                score("Indeks pembangunan gender", "indeks", 90, 95),
            ]),
        ]),
        Trade => (rhks![
            rhk("Terlaksananya tera dan tera ulang alat ukur", &[
                count("Jumlah alat ukur yang ditera ulang", "alat", 200, 600),
                pct("Persentase alat ukur yang sah", 90, 100),
            ]),
            rhk("Terkelolanya pasar rakyat", &[
                count("Jumlah pedagang pasar yang dibina", "pedagang", 30, 100),
                pct("Persentase realisasi retribusi pasar", 85, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya stabilitas harga dan tertib niaga", &[
                fewer("Fluktuasi harga bahan pokok", 5, 10),
                pct("Persentase pasar rakyat dalam kondisi baik", 60, 85),
            ]),
        ]),
        Cooperatives => (rhks![
            rhk("Terlaksananya pengawasan dan pembinaan koperasi", &[
                count("Jumlah koperasi yang diawasi", "koperasi", 5, 15),
                pct("Persentase koperasi yang melaksanakan RAT", 60, 80),
            ]),
            rhk("Terlaksananya pendampingan usaha mikro", &[
                count("Jumlah usaha mikro yang didampingi", "unit usaha", 10, 40),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas koperasi dan UMKM", &[
                pct("Persentase koperasi aktif", 60, 80),
                pct("Persentase UMKM yang naik kelas", 5, 15),
            ]),
        ]),
        Manpower => (rhks![
            rhk("Terlaksananya penempatan tenaga kerja", &[
                count("Jumlah pencari kerja yang ditempatkan", "orang", 30, 120),
                pct("Persentase pencari kerja terdaftar yang ditempatkan", 30, 60),
            ]),
            rhk("Terselesaikannya perselisihan hubungan industrial", &[
                count("Jumlah kasus perselisihan yang dimediasi", "kasus", 2, 8),
                pct("Persentase perselisihan yang selesai melalui mediasi", 70, 90),
            ]),
        ], rhks![
            rhk("Menurunnya tingkat pengangguran terbuka", &[
                fewer("Tingkat pengangguran terbuka", 4, 6),
                pct("Persentase lulusan pelatihan kerja yang terserap", 50, 70),
            ]),
        ]),
        YouthSportsTourismCulture => (rhks![
            rhk("Terlaksananya promosi dan pengembangan destinasi pariwisata", &[
                count("Jumlah kegiatan promosi pariwisata", "kegiatan", 2, 6),
                count("Jumlah kunjungan wisatawan yang terdata", "orang", 20_000, 60_000),
            ]),
            rhk("Terlaksananya pembinaan kepemudaan dan olahraga", &[
                level("Jumlah atlet yang dibina", "atlet", 20, 60),
                count("Jumlah kegiatan kepemudaan yang difasilitasi", "kegiatan", 2, 5),
            ]),
        ], rhks![
            rhk("Meningkatnya kunjungan wisata dan prestasi olahraga", &[
                pct("Persentase pertumbuhan kunjungan wisatawan", 5, 15),
                count("Jumlah medali kejuaraan tingkat provinsi", "medali", 5, 15),
            ]),
        ]),
        Housing => (rhks![
            rhk("Tertanganinya rumah tidak layak huni", &[
                count("Jumlah rumah tidak layak huni yang ditangani", "unit", 20, 80),
                quality("Persentase bantuan stimulan yang tepat sasaran", 90, 100),
            ]),
        ], rhks![
            rhk("Berkurangnya kawasan permukiman kumuh", &[
                fewer("Persentase luas kawasan kumuh", 2, 5),
                pct("Persentase rumah tangga dengan akses hunian layak", 85, 95),
            ]),
        ]),
        LibraryArchives => (rhks![
            rhk("Terlaksananya layanan perpustakaan", &[
                count("Jumlah pengunjung perpustakaan yang dilayani", "orang", 1500, 5000),
                count("Jumlah koleksi yang diolah", "eksemplar", 200, 600),
            ]),
            rhk("Terkelolanya arsip statis daerah", &[
                count("Jumlah arsip yang diakuisisi dan dideskripsikan", "berkas", 100, 400),
                pct("Persentase perangkat daerah yang mengelola arsip sesuai standar", 60, 85),
            ]),
        ], rhks![
            rhk("Meningkatnya budaya literasi dan tertib arsip", &[
                score("Tingkat kegemaran membaca masyarakat", "nilai", 60, 70),
                score("Nilai pengawasan kearsipan", "nilai", 70, 85),
            ]),
        ]),
        Territorial => (rhks![
            rhk("Terlaksananya pelayanan administrasi terpadu kecamatan (PATEN)", &[
                count("Jumlah layanan PATEN yang diselesaikan", "layanan", 100, 400),
                wait("Rata-rata waktu penyelesaian layanan PATEN", "hari", 1, 3),
                quality("Persentase layanan yang selesai sesuai SOP", 90, 100),
            ]),
            rhk("Terlaksananya pembinaan pemerintahan desa", &[
                count("Jumlah desa yang dibina", "desa", 5, 15),
                pct("Persentase desa yang menyampaikan laporan tepat waktu", 80, 100),
            ]),
        ], rhks![
            rhk("Meningkatnya kualitas penyelenggaraan urusan kecamatan", &[
                pct("Persentase program kerja yang terlaksana", 90, 100),
                REPORT_ON_TIME,
            ]),
        ]),
    }
}
