'use client';

import { useState } from 'react';
import { FormError, FormNotice } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';

interface Member {
  userId: string;
  name: string;
  email: string;
  role: string;
}

export function TeamMembers({ teamSlug, members, roles, currentUserId }: { teamSlug: string; members: Member[]; roles: Array<{ id: string; label: string }>; currentUserId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function changeRole(member: Member, role: string) {
    const result = await submitJson(`/api/teams/${teamSlug}/members/${member.userId}`, 'PATCH', { role });
    if (!result.ok) setError(result.error);
    else {
      setNotice(`${member.name} is now ${role}.`);
      window.location.reload();
    }
  }

  async function remove(member: Member) {
    if (!window.confirm(`Remove ${member.name} from the team?`)) return;
    const result = await submitJson(`/api/teams/${teamSlug}/members/${member.userId}`, 'DELETE');
    if (!result.ok) setError(result.error);
    else window.location.reload();
  }

  return (
    <div>
      <FormError message={error} />
      <FormNotice message={notice} />
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr className="border-b border-border">
            <th className="py-2">Name</th>
            <th className="py-2">Email</th>
            <th className="py-2">Role</th>
            <th className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId} className="border-b border-border" data-member={member.email}>
              <td className="py-2">{member.name}</td>
              <td className="py-2">{member.email}</td>
              <td className="py-2">
                <label className="sr-only" htmlFor={`role-${member.userId}`}>
                  Role of {member.name}
                </label>
                <select
                  id={`role-${member.userId}`}
                  defaultValue={member.role}
                  onChange={(e) => void changeRole(member, e.target.value)}
                  className="rounded border border-border bg-bg px-2 py-1"
                >
                  {roles.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="py-2 text-right">
                {member.userId === currentUserId ? null : (
                  <button type="button" className="rounded border border-border px-2 py-1" onClick={() => void remove(member)}>
                    Remove<span className="sr-only"> {member.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
