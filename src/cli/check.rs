//! `kinerja check`: the data-quality list (NIPs with warnings).

use clap::Args;

use super::Failure;
use super::open::Env;
use crate::domain::nip::analyse;
use crate::i18n::tf;
use crate::store::OpenOptions;
use crate::store::staff_list::StaffFilter;

#[derive(Debug, Args)]
pub struct CheckArgs {}

pub fn run(env: &Env, _args: CheckArgs) -> Result<i32, Failure> {
    let opts = OpenOptions {
        read_only: true,
        create: false,
        ..env.open_options()
    };
    let store = env.open(&opts)?;
    let filter = StaffFilter {
        nip_problems: true,
        ..Default::default()
    };
    let total = store.count_staff(&filter)?;
    let mut offset = 0;
    while offset < total {
        for row in store.staff_window(&filter, offset, 500)? {
            let staff = store.get_staff(row.id)?;
            for w in analyse(&staff.fields.nip, staff.fields.kind).warnings {
                let text = format!("{}\t{}\t{}", row.nip, row.name, w.message());
                println!("{}", crate::domain::text::sanitize(&text));
            }
        }
        offset += 500;
    }
    eprintln!("{}", tf("cli.check_summary", &[("n", &total)]));
    Ok(0)
}
