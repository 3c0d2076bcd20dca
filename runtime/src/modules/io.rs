//! `_io`: the native stream types behind `lib/io.py` (the types `open()`
//! returns), and `open` itself.

use crate::builtins::file::{
    BUFFERED_RANDOM_TYPE, BUFFERED_READER_TYPE, BUFFERED_WRITER_TYPE, TEXT_FILE_TYPE,
};
use crate::object::*;
use crate::vm::{dictops, PyResult, Vm};

use super::add_value;

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_value(vm, d, "TextIOWrapper", TEXT_FILE_TYPE.to_value());
    add_value(vm, d, "BufferedReader", BUFFERED_READER_TYPE.to_value());
    add_value(vm, d, "BufferedWriter", BUFFERED_WRITER_TYPE.to_value());
    add_value(vm, d, "BufferedRandom", BUFFERED_RANDOM_TYPE.to_value());
    let k = vm.intern("open");
    if let Some(open) = dictops::get_str_key(&vm.builtins.clone(), &k) {
        add_value(vm, d, "open", open);
    }
    Ok(())
}
