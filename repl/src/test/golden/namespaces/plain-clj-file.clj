(ns main (:require [lib.util :refer [shout]]))
(println (shout "from a .clj file"))
