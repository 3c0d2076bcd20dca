//! Attribute access: type lookups along the MRO, descriptors, instance
//! dicts, `__getattr__`/`__getattribute__`/`__setattr__` hooks.

use crate::builtins::exc;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

impl Vm {
    /// Finds `name` in the dicts along `ty`'s MRO (no binding).
    #[inline]
    pub fn type_lookup_v(&self, ty: &TypeObject, name: &Value) -> Option<Value> {
        if let Some(hit) = self.type_cache.get(ty, name) {
            return hit;
        }
        let found = Self::mro_lookup(ty, name);
        self.type_cache.put(ty, name, found.as_ref());
        found
    }

    fn mro_lookup(ty: &TypeObject, name: &Value) -> Option<Value> {
        for t in ty.mro() {
            let t = t.as_type().expect("mro entry is a type");
            if let Some(v) = dictops::get_str_key(t.dict(), name) {
                return Some(v);
            }
        }
        if ty.mro().is_empty() {
            return dictops::get_str_key(ty.dict(), name);
        }
        None
    }

    pub fn type_lookup(&mut self, ty: &TypeObject, name: &str) -> Option<Value> {
        let n = self.intern(name);
        self.type_lookup_v(ty, &n)
    }

    /// A special method of `type(obj)` (unbound), as the interpreter looks
    /// them up: on the type, never on the instance.
    pub fn lookup_special(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let ty = obj.ty();
        self.type_lookup(ty, name)
    }

    /// Calls an unbound special method found by `lookup_special` on `obj`.
    pub fn call_method_obj(&mut self, m: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
        match m.ty().layout {
            Layout::Function | Layout::BuiltinFunction
                if m.downcast::<BuiltinFunctionData>()
                    .is_none_or(|b| b.kind == BuiltinKind::Method && b.self_.is_null()) =>
            {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                self.call(m, &all, &[])
            }
            _ => {
                let bound = self.bind_descriptor(m, Some(obj), &obj.ty().to_value())?;
                self.call(&bound, args, &[])
            }
        }
    }

    /// Applies the descriptor protocol (`__get__`) to a value found on a type.
    pub fn bind_descriptor(
        &mut self,
        descr: &Value,
        obj: Option<&Value>,
        owner: &Value,
    ) -> PyResult<Value> {
        let ty = descr.ty();
        match ty.layout {
            Layout::Function if !ty.is_heap() => Ok(match obj {
                Some(o) => new_method(descr.clone(), o.clone()),
                None => descr.clone(),
            }),
            Layout::BuiltinFunction => {
                let b = descr.downcast::<BuiltinFunctionData>().expect("builtin");
                match (b.kind, obj) {
                    (BuiltinKind::Method, Some(o)) if b.self_.is_null() => {
                        Ok(crate::builtins::bind_builtin(descr, o.clone()))
                    }
                    (BuiltinKind::ClassMethod, _) if b.self_.is_null() => {
                        Ok(crate::builtins::bind_builtin(descr, owner.clone()))
                    }
                    _ => Ok(descr.clone()),
                }
            }
            Layout::StaticMethod if !ty.is_heap() || std::ptr::eq(ty, &STATICMETHOD_TYPE) => {
                Ok(descr.as_func_wrapper().expect("staticmethod").func.get())
            }
            Layout::ClassMethod => {
                let f = descr.as_func_wrapper().expect("classmethod").func.get();
                Ok(new_method(f, owner.clone()))
            }
            Layout::Member => {
                let m = descr.downcast::<MemberData>().expect("member");
                match obj {
                    None => Ok(descr.clone()),
                    Some(o) => {
                        let v = o
                            .downcast::<InstanceData>()
                            .and_then(|d| d.slots.get(m.index))
                            .map(|s| s.get())
                            .unwrap_or(Value::NULL);
                        if v.is_null() {
                            let n = m.name.as_str().unwrap_or("?").to_string();
                            return Err(self.attribute_error(n));
                        }
                        Ok(v)
                    }
                }
            }
            Layout::Property => {
                let p = descr.downcast::<PropertyData>().expect("property");
                match obj {
                    None => Ok(descr.clone()),
                    Some(o) => {
                        let g = p.fget.get();
                        if g.is_null() || g.is_none() {
                            return Err(self.attribute_error("unreadable attribute"));
                        }
                        self.call(&g, std::slice::from_ref(o), &[])
                    }
                }
            }
            _ if ty.is_heap() => match self.lookup_special(descr, "__get__") {
                Some(g) => {
                    let o = obj.cloned().unwrap_or_else(Value::none);
                    self.call_method_obj(&g, descr, &[o, owner.clone()])
                }
                None => Ok(descr.clone()),
            },
            _ => Ok(descr.clone()),
        }
    }

    /// Whether a value found on a type is a data descriptor (has `__set__`
    /// or `__delete__`), which takes precedence over the instance dict.
    fn is_data_descriptor(&mut self, d: &Value) -> bool {
        let ty = d.ty();
        match ty.layout {
            Layout::Property | Layout::Member => true,
            _ if ty.is_heap() => {
                self.type_lookup(ty, "__set__").is_some()
                    || self.type_lookup(ty, "__delete__").is_some()
            }
            _ => false,
        }
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name)` returning None on AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&exc::ATTRIBUTE_ERROR) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Which attribute hooks `ty` defines in Python (cached per type epoch).
    #[inline]
    pub fn type_hooks(&mut self, ty: &TypeObject) -> u32 {
        if !ty.is_heap() {
            return 0;
        }
        let (epoch, flags) = ty.hooks.get();
        if epoch == type_epoch() {
            return flags;
        }
        let mut flags = 0;
        let python_defined =
            |v: Option<Value>| v.is_some_and(|f| f.downcast::<BuiltinFunctionData>().is_none());
        if python_defined(self.type_lookup_v(ty, &self.names.__getattribute__.clone())) {
            flags |= hook_flags::GETATTRIBUTE;
        }
        if self
            .type_lookup_v(ty, &self.names.__getattr__.clone())
            .is_some()
        {
            flags |= hook_flags::GETATTR;
        }
        if python_defined(self.type_lookup_v(ty, &self.names.__setattr__.clone())) {
            flags |= hook_flags::SETATTR;
        }
        if python_defined(self.type_lookup_v(ty, &self.names.__delattr__.clone())) {
            flags |= hook_flags::DELATTR;
        }
        ty.hooks.set((type_epoch(), flags));
        flags
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let ty = obj.ty();
        let hooks = self.type_hooks(ty);
        if hooks & hook_flags::GETATTRIBUTE != 0 {
            if let Some(ga) = self.type_lookup_v(ty, &self.names.__getattribute__.clone()) {
                if ga.downcast::<BuiltinFunctionData>().is_none() {
                    let r = self.call_method_obj(&ga, obj, std::slice::from_ref(name));
                    return match r {
                        Err(e) if e.is_instance(&exc::ATTRIBUTE_ERROR) => {
                            self.getattr_hook(obj, name, e)
                        }
                        r => r,
                    };
                }
            }
        }
        match self.generic_getattr(obj, name) {
            Ok(v) => Ok(v),
            Err(e) if hooks & hook_flags::GETATTR != 0 && e.is_instance(&exc::ATTRIBUTE_ERROR) => {
                self.getattr_hook(obj, name, e)
            }
            Err(e) => Err(e),
        }
    }

    fn getattr_hook(&mut self, obj: &Value, name: &Value, e: crate::vm::PyErr) -> PyResult<Value> {
        let ga = self.names.__getattr__.clone();
        match self.type_lookup_v(obj.ty(), &ga) {
            Some(h) => self.call_method_obj(&h, obj, std::slice::from_ref(name)),
            None => Err(e),
        }
    }

    /// `object.__getattribute__`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        if obj.ty().layout == Layout::Super {
            if let Some(v) = crate::builtins::functions::super_getattr(self, obj, name)? {
                return Ok(v);
            }
        }
        if let Some(t) = obj.as_type() {
            return self.type_getattr(t, obj, name);
        }
        if let Some(m) = obj.downcast::<ModuleData>() {
            if let Some(v) = dictops::get_str_key(&m.dict, name) {
                return Ok(v);
            }
        }
        let ty = obj.ty();
        let descr = self.type_lookup_v(ty, name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d, Some(obj), &ty.to_value());
            }
        }
        if ty.layout == Layout::Exception {
            if let Some(v) =
                crate::builtins::exc::exc_getattr(self, obj, name.as_str().unwrap_or(""))?
            {
                return Ok(v);
            }
        }
        if let Some(slot) = obj.dict_slot() {
            let dict = slot.get();
            if !dict.is_null() {
                if let Some(v) = dictops::get_str_key(&dict, name) {
                    return Ok(v);
                }
            }
        }
        if let Some(d) = descr {
            return self.bind_descriptor(&d, Some(obj), &ty.to_value());
        }
        if let Some(v) = crate::builtins::special_getattr(self, obj, name)? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name))
    }

    pub fn no_attribute(&mut self, obj: &Value, name: &Value) -> crate::vm::PyErr {
        let n = name.as_str().unwrap_or("?").to_string();
        if let Some(m) = obj.downcast::<ModuleData>() {
            let modname = dictops::get_str_key(&m.dict, &self.names.__name__.clone());
            if let Some(mn) = modname
                .as_ref()
                .and_then(|v| v.as_str().map(str::to_string))
            {
                return self.attribute_error(format!("module '{mn}' has no attribute '{n}'"));
            }
            return self.attribute_error(format!("module has no attribute '{n}'"));
        }
        if let Some(t) = obj.as_type() {
            return self.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                t.name(),
                n
            ));
        }
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.ty().name(),
            n
        ))
    }

    /// `type.__getattribute__`: metatype data descriptors, then the class's
    /// own MRO (with `__get__(None, cls)`), then the metatype.
    fn type_getattr(&mut self, t: &TypeObject, obj: &Value, name: &Value) -> PyResult<Value> {
        let meta = obj.ty();
        let meta_attr = self.type_lookup_v(meta, name);
        if let Some(d) = &meta_attr {
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d, Some(obj), &meta.to_value());
            }
        }
        if let Some(v) = self.type_lookup_v(t, name) {
            return match v.ty().layout {
                Layout::Function | Layout::Property => Ok(v),
                Layout::BuiltinFunction => self.bind_descriptor(&v, None, obj),
                _ => self.bind_descriptor(&v, None, obj),
            };
        }
        if let Some(v) = crate::builtins::special_getattr(self, obj, name)? {
            return Ok(v);
        }
        if let Some(d) = meta_attr {
            return self.bind_descriptor(&d, Some(obj), &meta.to_value());
        }
        Err(self.no_attribute(obj, name))
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let ty = obj.ty();
        if self.type_hooks(ty) & hook_flags::SETATTR != 0 {
            if let Some(sa) = self.type_lookup_v(ty, &self.names.__setattr__.clone()) {
                if sa.downcast::<BuiltinFunctionData>().is_none() {
                    self.call_method_obj(&sa, obj, &[name.clone(), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let ty = obj.ty();
        if self.type_hooks(ty) & hook_flags::DELATTR != 0 {
            if let Some(da) = self.type_lookup_v(ty, &self.names.__delattr__.clone()) {
                if da.downcast::<BuiltinFunctionData>().is_none() {
                    self.call_method_obj(&da, obj, std::slice::from_ref(name))?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value None = delete).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        if let Some(t) = obj.as_type() {
            return crate::vm::classes::type_setattr(self, t, name, value);
        }
        let ty = obj.ty();
        if let Some(d) = self.type_lookup_v(ty, name) {
            let dty = d.ty();
            if let Some(m) = d.downcast::<MemberData>() {
                let slot = obj
                    .downcast::<InstanceData>()
                    .and_then(|i| i.slots.get(m.index));
                let Some(slot) = slot else {
                    return Err(self.type_error("descriptor applied to a wrong object"));
                };
                if value.is_none() && slot.is_null() {
                    let n = m.name.as_str().unwrap_or("?").to_string();
                    return Err(self.attribute_error(n));
                }
                slot.set(value.unwrap_or(Value::NULL));
                return Ok(());
            }
            if dty.layout == Layout::Property {
                let p = d.downcast::<PropertyData>().expect("property");
                let f = if value.is_some() {
                    p.fset.get()
                } else {
                    p.fdel.get()
                };
                if f.is_null() || f.is_none() {
                    return Err(self.attribute_error(if value.is_some() {
                        "can't set attribute"
                    } else {
                        "can't delete attribute"
                    }));
                }
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call(&f, &args, &[])?;
                return Ok(());
            }
            if dty.is_heap() {
                let hook = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                if let Some(m) = self.type_lookup(dty, hook) {
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    self.call_method_obj(&m, &d, &args)?;
                    return Ok(());
                }
            }
        }
        if let Some(m) = obj.downcast::<ModuleData>() {
            let dict = m.dict.clone();
            return match value {
                Some(v) => {
                    dictops::set_str(&dict, name.clone(), v);
                    Ok(())
                }
                None => match dictops::remove(self, &dict, name)? {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                },
            };
        }
        if ty.layout == Layout::Exception
            && crate::builtins::exc::exc_setattr(
                self,
                obj,
                name.as_str().unwrap_or(""),
                value.clone(),
            )?
        {
            return Ok(());
        }
        if let Some(slot) = obj.dict_slot() {
            let mut dict = slot.get();
            if dict.is_null() {
                dict = new_dict();
                slot.set(dict.clone());
            }
            return match value {
                Some(v) => {
                    if name.is_exact(&STR_TYPE) {
                        dictops::set_str(&dict, name.clone(), v);
                        Ok(())
                    } else {
                        dictops::set(self, &dict, name.clone(), v)
                    }
                }
                None => match dictops::remove(self, &dict, name)? {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                },
            };
        }
        if let Some(r) = crate::builtins::special_setattr(self, obj, name, value)? {
            return Ok(r);
        }
        let n = name.as_str().unwrap_or("?").to_string();
        if self.type_lookup_v(ty, name).is_some() {
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                ty.name(),
                n
            )));
        }
        Err(self.attribute_error(format!("'{}' object has no attribute '{}'", ty.name(), n)))
    }

    /// LOAD_METHOD: returns `(callable, Some(self))` when the attribute is a
    /// plain method found on the type, else `(attr, None)`.
    #[inline]
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
        let ty = obj.ty();
        if obj.as_type().is_none()
            && obj.downcast::<ModuleData>().is_none()
            && ty.layout != Layout::Super
        {
            let custom_ga = self.type_hooks(ty) & hook_flags::GETATTRIBUTE != 0;
            if !custom_ga {
                if let Some(d) = self.type_lookup_v(ty, name) {
                    let is_method = match d.ty().layout {
                        Layout::Function => !d.ty().is_heap(),
                        Layout::BuiltinFunction => d
                            .downcast::<BuiltinFunctionData>()
                            .is_some_and(|b| b.kind == BuiltinKind::Method && b.self_.is_null()),
                        _ => false,
                    };
                    if is_method {
                        let shadowed = obj.dict_slot().is_some_and(|s| {
                            let dict = s.get();
                            !dict.is_null() && dictops::get_str_key(&dict, name).is_some()
                        });
                        if !shadowed {
                            return Ok((d, Some(obj.clone())));
                        }
                    }
                }
            }
        }
        Ok((self.getattr(obj, name)?, None))
    }
}
