//! The `kinerja` binary: parse arguments, dispatch, exit with a code.

fn main() {
    std::process::exit(kinerja::cli::main());
}
