/**
 * Public identity of the municipality that runs the e-services portal.
 *
 * Confirmed from primariaroman.ro: the address (Piața Roman Vodă 1, 611022 Roman) and the website.
 * Fields marked "to be confirmed by the city hall" use the widely published values.
 * The fiscal code (CUI) is intentionally omitted until the city hall confirms it.
 */
export const municipality = {
  name: { ro: 'Primăria Municipiului Roman', en: 'Roman City Hall' },
  shortName: { ro: 'Primăria Roman', en: 'Roman City Hall' },
  county: 'Neamț',
  address: {
    street: 'Piața Roman-Vodă nr. 1',
    city: 'Roman',
    county: 'Neamț',
    postalCode: '611022',
    country: { ro: 'România', en: 'Romania' },
  },
  phone: '0233 741 119', // to be confirmed by the city hall
  fax: '0233 741 701', // to be confirmed by the city hall
  email: 'primaria@primariaroman.ro', // to be confirmed by the city hall
  website: 'https://www.primariaroman.ro',
  dpoEmail: 'primaria@primariaroman.ro', // to be confirmed by the city hall (no dedicated DPO address found; general email used)
  // to be confirmed by the city hall (public office hours of the Biroul Unic / registratură)
  hours: {
    ro: [
      'Luni – Vineri: 08:00 – 16:00',
      'Sâmbătă, duminică și sărbători legale: închis',
      'Portalul de servicii electronice este disponibil non-stop.',
    ],
    en: [
      'Monday – Friday: 08:00 – 16:00',
      'Saturday, Sunday and public holidays: closed',
      'The e-services portal is available 24/7.',
    ],
  },
} as const;
