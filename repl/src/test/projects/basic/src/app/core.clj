(ns app.core)
(defn add [a b] (+ a b))
