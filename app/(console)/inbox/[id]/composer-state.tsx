"use client";

import { createContext, useContext, useRef, useState } from "react";

/**
 * What the draft card and the composer share: the text being written, reply or note, and which AI draft it
 * started from (so sending records the draft's edit distance). They sit in different parts of the page.
 */
type ComposerState = {
  text: string;
  setText: (text: string) => void;
  mode: "reply" | "note";
  setMode: (mode: "reply" | "note") => void;
  editingDraft: string | null;
  setEditingDraft: (id: string | null) => void;
  input: React.RefObject<HTMLTextAreaElement | null>;
};

const Context = createContext<ComposerState | null>(null);

export function ComposerProvider({ children }: { children: React.ReactNode }) {
  const [text, setText] = useState("");
  const [mode, setMode] = useState<"reply" | "note">("reply");
  const [editingDraft, setEditingDraft] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  return (
    <Context.Provider value={{ text, setText, mode, setMode, editingDraft, setEditingDraft, input }}>
      {children}
    </Context.Provider>
  );
}

export function useComposer(): ComposerState {
  const state = useContext(Context);
  if (!state) throw new Error("useComposer needs a ComposerProvider");
  return state;
}
